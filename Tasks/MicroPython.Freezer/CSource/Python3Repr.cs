using System.Globalization;
using System.Text;
using MicroPython.Bytecode;

namespace MicroPython.Freezer.CSource;

/// <summary>
/// CPython 3's <c>repr()</c> of a <c>str</c>, which the reference freezer prints in opcode comments.
/// It differs from MicroPython's own repr: characters CPython deems unprintable (controls,
/// separators other than space, format and unassigned code points) become <c>\x</c>, <c>\u</c> or
/// <c>\U</c> escapes.
/// </summary>
internal static class Python3Repr
{
    public static string Of(string value) => Of(new MpyText(value));

    /// <summary>The repr of MicroPython text; a pair written as two escapes shows as those escapes.</summary>
    public static string Of(MpyText text)
    {
        var value = text.Text;
        var quote = value.Contains('\'') && !value.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(value.Length + 2).Append(quote);
        foreach (var c in CodePoints.Of(text))
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); continue;
                case '\t': sb.Append("\\t"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
            }

            if (c == quote)
            {
                sb.Append('\\').Append(quote);
            }
            else if (c >= 0x20 && c < 0x7f)
            {
                sb.Append((char)c);
            }
            else if (c < 0x7f || !IsPrintable(c))
            {
                var digits = c < 0x100 ? "x2" : c < 0x10000 ? "x4" : "x8";
                sb.Append(c < 0x100 ? "\\x" : c < 0x10000 ? "\\u" : "\\U").Append(c.ToString(digits, CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(char.ConvertFromUtf32(c));
            }
        }

        return sb.Append(quote).ToString();
    }

    // Surrogate code points are never printable (and are not valid runes).
    private static bool IsPrintable(int c) => Rune.IsValid(c) && Rune.GetUnicodeCategory(new Rune(c)) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator => false,
        _ => true,
    };
}
