using MicroPython.Bytecode.Constants;

namespace MicroPython.Compiler.Emit;

/// <summary>
/// The module's constant-object table, deduplicated by MicroPython's strict equality: same
/// object, or same type and equal value, where tuples compare item by item, <c>0.0</c> and
/// <c>-0.0</c> differ and NaN equals nothing but itself.
/// </summary>
internal sealed class ConstantTable
{
    private const ulong MathNanBits = 0x7FF8_0000_0000_0000;

    private readonly List<MpyConstant> items = [];

    // Most lookups are of the very object seen in an earlier pass; this finds those at once.
    private readonly Dictionary<MpyConstant, int> byReference = new(ReferenceEqualityComparer.Instance);

    // The first index holding each value key, so equal values are found without a scan.
    private readonly Dictionary<string, int> byValue = new(StringComparer.Ordinal);

    // Strings (most constants, and long ones) are keyed by their text itself, which spares
    // copying each into a value key; text is its own namespace, apart from the value keys.
    private readonly Dictionary<string, int> byText = new(StringComparer.Ordinal);

    // one builder for every value key of the module, cleared for each
    private readonly System.Text.StringBuilder keyBuilder = new();

    public IReadOnlyList<MpyConstant> Items => items;

    public int Use(MpyConstant value)
    {
        if (byReference.TryGetValue(value, out var index))
        {
            return index;
        }

        var (map, key) = value is MpyStr { Content.IsCanonical: true } text ? (byText, text.Value) : (byValue, ValueKey(value));
        if (key is not null && map.TryGetValue(key, out index))
        {
            byReference[value] = index;
            return index;
        }

        index = items.Count;
        items.Add(value);
        byReference[value] = index;
        if (key is not null)
        {
            map[key] = index;
        }

        return index;
    }

    /// <summary>
    /// A text that two constants share exactly when they are strictly equal, or null for values
    /// (containing NaN) that equal nothing else.
    /// </summary>
    private string? ValueKey(MpyConstant value)
    {
        keyBuilder.Clear();
        return AppendKey(keyBuilder, value) ? keyBuilder.ToString() : null;
    }

    private static bool AppendKey(System.Text.StringBuilder sb, MpyConstant value)
    {
        switch (value)
        {
            case MpySingleton s:
                sb.Append('s').Append(s.Repr());
                return true;
            case MpyStr { Content.IsCanonical: true } s:
                sb.Append('u').Append(s.Value.Length).Append(':').Append(s.Value);
                return true;
            case MpyStr s:
                // text that is not its string's encoding is told apart by its bytes
                sb.Append('w').Append(Convert.ToHexString(s.Content.ToBytes())).Append(';');
                return true;
            case MpyBytes b:
                // a character per byte: the length before it keeps the key unambiguous in a tuple's
                sb.Append('b').Append(b.Value.Length).Append(':').Append(System.Text.Encoding.Latin1.GetString(b.Value));
                return true;
            case MpyInt i:
                sb.Append('i').Append(i.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(';');
                return true;
            case MpyFloat f:
                if (double.IsNaN(f.Value))
                {
                    // NaN equals only itself. The one NaN object every use of math.nan shares in
                    // MicroPython is C's NAN (sign clear); folded NaNs (inf - inf, -math.nan) are new objects.
                    if (BitConverter.DoubleToUInt64Bits(f.Value) != MathNanBits)
                    {
                        return false;
                    }

                    sb.Append("math.nan");
                    return true;
                }

                // Equal values compare equal, except that zero keeps its sign.
                sb.Append('f').Append(f.Value == 0 ? (double.IsNegative(f.Value) ? "-0" : "0") : BitConverter.DoubleToInt64Bits(f.Value).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(';');
                return true;
            case MpyComplex c:
                if (double.IsNaN(c.Real) || double.IsNaN(c.Imag))
                {
                    return false;
                }

                // Complex equality is plain value equality: -0j equals 0j.
                sb.Append('c').Append(ComplexPart(c.Real)).Append(',').Append(ComplexPart(c.Imag)).Append(';');
                return true;
            case MpyTuple t:
                sb.Append('t').Append(t.Items.Count).Append('(');
                foreach (var item in t.Items)
                {
                    if (!AppendKey(sb, item))
                    {
                        return false;
                    }
                }

                sb.Append(')');
                return true;
            default:
                return false;
        }
    }

    private static string ComplexPart(double part) =>
        part == 0 ? "0" : BitConverter.DoubleToInt64Bits(part).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
