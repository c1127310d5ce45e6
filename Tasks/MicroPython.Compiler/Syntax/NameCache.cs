using System.Buffers;
using System.Text;

namespace MicroPython.Compiler.Syntax;

/// <summary>
/// One string per distinct identifier of a parse. Names repeat a lot (self, i, len …): looking the
/// bytes up here, instead of decoding every occurrence into a new string, removes most of the
/// lexer's allocations, and tells the caller which names it sees for the first time.
/// </summary>
internal sealed class NameCache
{
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    public NameCache() => bySpan = names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many distinct names the parse has seen.</summary>
    public int Count => names.Count;

    /// <summary>The string for the UTF-8 name <paramref name="utf8"/> (at most <see cref="QstrPool.MaxLength"/> bytes).</summary>
    /// <param name="utf8">The name's bytes.</param>
    /// <param name="isNew">Whether this parse had not seen the name before.</param>
    public string Get(ReadOnlySpan<byte> utf8, out bool isNew)
    {
        Span<char> chars = stackalloc char[QstrPool.MaxLength];
        if (Ascii.ToUtf16(utf8, chars, out var length) != OperationStatus.Done)
        {
            // a non-ASCII name takes the general decoder
            var decoded = Utf8Text.Decode(utf8);
            isNew = names.TryAdd(decoded, decoded);
            return names[decoded];
        }

        if (bySpan.TryGetValue(chars[..length], out var known))
        {
            isNew = false;
            return known;
        }

        var name = new string(chars[..length]);
        names.Add(name, name);
        isNew = true;
        return name;
    }
}
