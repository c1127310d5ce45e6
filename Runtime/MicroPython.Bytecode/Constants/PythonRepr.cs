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
