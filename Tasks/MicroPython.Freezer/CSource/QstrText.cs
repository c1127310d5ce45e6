using System.Globalization;
using System.Text;
using MicroPython.Bytecode;

namespace MicroPython.Freezer.CSource;

/// <summary>How a qstr's text appears in generated C: its <c>MP_QSTR_</c> identifier, its pool literal and its hash.</summary>
internal static class QstrText
{
    /// <summary>
    /// The identifier suffix after <c>MP_QSTR_</c>: ASCII letters, digits and <c>_</c> stay, every other
    /// character becomes <c>_name_</c> (or <c>_0xNN_</c> when it has no name). Distinct strings can
    /// collide; callers keep the first.
    /// </summary>
    public static string Identifier(string text) => Identifier(new MpyText(text));

    /// <summary>
    /// As <see cref="Identifier(string)"/>, over MicroPython's code points: a pair written as two
    /// escapes names both of its halves.
    /// </summary>
    public static string Identifier(MpyText text)
    {
        if (text.IsCanonical && text.Text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            return text.Text;
        }

        var sb = new StringBuilder(text.Text.Length + 16);
        foreach (var cp in CodePoints.Of(text))
        {
            if (cp < 0x80 && (char.IsAsciiLetterOrDigit((char)cp) || cp == '_'))
            {
                sb.Append((char)cp);
            }
            else
            {
                sb.Append('_').Append(CharacterNames.Of(cp) ?? "0x" + cp.ToString("x2", CultureInfo.InvariantCulture)).Append('_');
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// The text between the quotes of a pool entry: readable when it is plain printable ASCII
    /// without quote or backslash, otherwise every UTF-8 byte as <c>\xNN</c>.
    /// </summary>
    public static string PoolLiteral(MpyText text)
    {
        foreach (var c in text.Text)
        {
            if (c < 32 || c > 126 || c == '\\' || c == '"')
            {
                return HexEscaped(text.ToBytes());
            }
        }

        return text.Text;
    }

    /// <summary>Every byte as <c>\xNN</c>.</summary>
    public static string HexEscaped(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length * 4);
        foreach (var b in bytes)
        {
            sb.Append("\\x").Append(Hex.Byte(b));
        }

        return sb.ToString();
    }

    /// <summary>
    /// The firmware's qstr hash (djb2 with xor) cut to <paramref name="bytesInHash"/> bytes, 16 bits
    /// when the firmware stores none; never 0, which means "not computed" at run time.
    /// </summary>
    public static uint Hash(ReadOnlySpan<byte> utf8, int bytesInHash)
    {
        uint h = 5381;
        foreach (var b in utf8)
        {
            h = (h * 33) ^ b;
        }

        var bits = 8 * (bytesInHash == 0 ? 2 : bytesInHash);
        var masked = bits >= 32 ? h : h & ((1u << bits) - 1);
        return masked == 0 ? 1 : masked;
    }

    /// <summary>The number of code points (Python's <c>len</c> of a <c>str</c>).</summary>
    public static int CodePointLength(string text) => CodePoints.Count(text);

    /// <summary>The number of code points as MicroPython counts them (a pair written as two escapes is two).</summary>
    public static int CodePointLength(MpyText text) => CodePoints.Count(text);
}
