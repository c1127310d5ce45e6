using System.Text;

namespace MicroPython.Bytecode.Constants;

/// <summary>MicroPython's <c>repr</c> of <c>str</c> and <c>bytes</c>, for listings and messages.</summary>
public static class PythonRepr
{
    /// <summary>The repr of a <c>str</c>: single quotes unless the text has a single quote and no double quote.</summary>
    public static string OfStr(string value)
    {
        var quote = value.Contains('\'') && !value.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder().Append(quote);
        foreach (var rune in value.EnumerateRunes())
        {
            AppendChar(sb, rune.Value, quote, unicode: true);
        }

        return sb.Append(quote).ToString();
    }

    /// <summary>
    /// The repr of a <c>str</c> with MicroPython's exact bytes: as <see cref="OfStr(string)"/>, except
    /// that a surrogate pair spelled as two code points shows as the two escapes that made it.
    /// </summary>
    public static string OfStr(MpyText value)
    {
        if (value.IsCanonical)
        {
            return OfStr(value.Text);
        }

        var text = value.Text;
        var quote = text.Contains('\'') && !text.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder().Append(quote);
        var bytes = value.ToBytes();
        for (var i = 0; i < bytes.Length;)
        {
            var width = bytes[i] < 0x80 ? 1 : bytes[i] < 0xe0 ? 2 : bytes[i] < 0xf0 ? 3 : 4;
            Encoding.Wtf8.TryDecode(bytes.AsSpan(i, width), out var one);
            if (one.Length == 1 && char.IsSurrogate(one[0]))
            {
                sb.Append("\\u").Append(((int)one[0]).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                AppendChar(sb, char.ConvertToUtf32(one, 0), quote, unicode: true);
            }

            i += width;
        }

        return sb.Append(quote).ToString();
    }

    /// <summary>The repr of a <c>bytes</c> object.</summary>
    public static string OfBytes(ReadOnlySpan<byte> value)
    {
        var quote = value.Contains((byte)'\'') && !value.Contains((byte)'"') ? '"' : '\'';
        var sb = new StringBuilder("b").Append(quote);
        foreach (var b in value)
        {
            AppendChar(sb, b, quote, unicode: false);
        }

        return sb.Append(quote).ToString();
    }

    private static void AppendChar(StringBuilder sb, int c, char quote, bool unicode)
    {
        switch (c)
        {
            case '\\': sb.Append("\\\\"); return;
            case '\n': sb.Append("\\n"); return;
            case '\r': sb.Append("\\r"); return;
            case '\t': sb.Append("\\t"); return;
        }

        if (c == quote)
        {
            sb.Append('\\').Append(quote);
        }
        else if (c >= 0x20 && c < 0x7f)
        {
            sb.Append((char)c);
        }
        else if (unicode && c >= 0x7f && c != 0x7f)
        {
            sb.Append(char.ConvertFromUtf32(c));
        }
        else
        {
            sb.Append("\\x").Append(c.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
