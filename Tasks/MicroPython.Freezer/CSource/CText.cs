using System.Globalization;
using System.Text;

namespace MicroPython.Freezer.CSource;

/// <summary>
/// Names and paths written into the C file, escaped so that no input can end a comment or a string
/// early and put its own C after it. Names as real projects have them need no escape and are
/// written unchanged, so the output stays byte-identical to the reference's.
/// </summary>
internal static class CText
{
    /// <summary>
    /// <paramref name="text"/> for a <c>//</c> comment: a control character would end the comment,
    /// and a backslash before the line end would continue it onto the next line (C splices lines
    /// before it sees comments), so both are written as visible <c>\xNN</c> text.
    /// </summary>
    public static string Comment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var splice = SpliceBackslash(text);
        if (splice < 0 && !HasControl(text))
        {
            return text;
        }

        var o = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsControl(c) || i == splice)
            {
                o.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                o.Append(c);
            }
        }

        return o.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> for the inside of a C string literal: quotes, backslashes and control
    /// characters are escaped (control characters in three-digit octal, which, unlike a hex escape,
    /// cannot swallow the characters after it), and so is a <c>?</c> that would end a trigraph.
    /// </summary>
    public static string StringBody(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("\"\\?") < 0 && !HasControl(text))
        {
            return text;
        }

        var o = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '"' or '\\' || (c == '?' && i > 0 && text[i - 1] == '?'))
            {
                o.Append('\\').Append(c);
            }
            else if (IsControl(c))
            {
                o.Append('\\').Append(Convert.ToString(c, 8).PadLeft(3, '0'));
            }
            else
            {
                o.Append(c);
            }
        }

        return o.ToString();
    }

    /// <summary>Whether <paramref name="text"/> holds an ASCII control character (a newline, a tab, DEL…).</summary>
    public static bool HasControl(string text) => text.AsSpan().IndexOfAnyInRange('\0', '\x1f') >= 0 || text.Contains('\x7f', StringComparison.Ordinal);

    /// <summary>Whether <paramref name="name"/> can follow <c>frozen_module_</c> in a C identifier: ASCII letters, digits and <c>_</c>, or any non-ASCII character (UTF-8 identifiers).</summary>
    public static bool IsIdentifierPart(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var c in name)
        {
            if (c < 0x80 && !char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsControl(char c) => c < 0x20 || c == 0x7f;

    // The index of a backslash followed by nothing but blanks, which would splice the next line on.
    private static int SpliceBackslash(string text)
    {
        var end = text.AsSpan().TrimEnd(" \t").Length;
        return end > 0 && text[end - 1] == '\\' ? end - 1 : -1;
    }
}
