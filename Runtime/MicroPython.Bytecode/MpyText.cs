using MicroPython.Bytecode.Encoding;

namespace MicroPython.Bytecode;

/// <summary>
/// The text of a qstr or <c>str</c> as MicroPython holds it: bytes, usually the WTF-8 encoding of
/// a .NET string. One other spelling exists: a surrogate pair written as two escapes
/// (<c>"\ud83d\ude00"</c>) is two three-byte code points to MicroPython, while the same pair in a
/// .NET string is one supplementary character (four bytes). Such text keeps its exact bytes, so
/// the two spellings stay two values, as they are two qstrs to mpy-cross.
/// </summary>
/// <remarks>
/// Equality is equality of the bytes. Text in its usual form costs nothing beyond its string;
/// only the rare other form carries a byte array.
/// </remarks>
public readonly struct MpyText : IEquatable<MpyText>
{
    private readonly string? text;

    // Set only when the bytes are not Wtf8.Encode(Text).
    private readonly byte[]? exact;

    /// <summary>Text whose bytes are the WTF-8 encoding of <paramref name="text"/>.</summary>
    /// <param name="text">The string.</param>
    public MpyText(string text) => this.text = text;

    private MpyText(string text, byte[] exact)
    {
        this.text = text;
        this.exact = exact;
    }

    /// <summary>
    /// The text as a .NET string: what programs running on MicroPython see, except that a pair
    /// written as two escapes reads as the character it forms.
    /// </summary>
    public string Text => text ?? "";

    /// <summary>
    /// Whether the bytes are the WTF-8 encoding of <see cref="Text"/>; false only for text with
    /// a surrogate pair spelled as two code points.
    /// </summary>
    public bool IsCanonical => exact is null;

    /// <summary>The number of bytes.</summary>
    public int ByteCount => exact?.Length ?? Wtf8.ByteCount(Text);

    /// <summary>
    /// Reads MicroPython's bytes; false when they are not UTF-8 in its generalised sense (see
    /// <see cref="Wtf8.TryDecode"/>).
    /// </summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="text">The text, keeping <paramref name="bytes"/> when they are not canonical.</param>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out MpyText text)
    {
        if (!Wtf8.TryDecode(bytes, out var decoded))
        {
            text = default;
            return false;
        }

        text = Wtf8.HasSplitPair(bytes) ? new MpyText(decoded, bytes.ToArray()) : new MpyText(decoded);
        return true;
    }

    /// <summary>The bytes, in a new array.</summary>
    public byte[] ToBytes() => exact is null ? Wtf8.Encode(Text) : (byte[])exact.Clone();

    /// <summary>Writes the bytes into <paramref name="destination"/>, which holds <see cref="ByteCount"/> of them.</summary>
    public void CopyTo(Span<byte> destination)
    {
        if (exact is null)
        {
            Wtf8.Encode(Text, destination);
        }
        else
        {
            exact.CopyTo(destination);
        }
    }

    /// <inheritdoc />
    public bool Equals(MpyText other) =>
        string.Equals(Text, other.Text, StringComparison.Ordinal)
        && (exact is null ? other.exact is null : other.exact is not null && exact.AsSpan().SequenceEqual(other.exact));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MpyText other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>Whether two texts have the same bytes.</summary>
    public static bool operator ==(MpyText left, MpyText right) => left.Equals(right);

    /// <summary>Whether two texts have different bytes.</summary>
    public static bool operator !=(MpyText left, MpyText right) => !left.Equals(right);
}
