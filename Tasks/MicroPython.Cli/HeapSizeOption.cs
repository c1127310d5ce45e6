using System.Globalization;

namespace MicroPython.Cli;

/// <summary>
/// The value of <c>-X heapsize=N[w][K|M]</c> as the unix port reads it (ports/unix/main.c:356-388):
/// a C integer (decimal, <c>0x</c> hex or <c>0</c> octal), an optional <c>w</c> that scales by the
/// word size over 4 bytes, then <c>k</c> or <c>m</c> (either case); at least 700 bytes.
/// </summary>
internal static class HeapSizeOption
{
    private const long Minimum = 700;

    // The host VM emulates 64-bit words for the unix port.
    private const int WordBytes = 8;

    public static long? Parse(string text)
    {
        var hex = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase);
        var end = hex ? 2 : 0;
        while (end < text.Length && (hex ? char.IsAsciiHexDigit(text[end]) : char.IsAsciiDigit(text[end])))
        {
            end++;
        }

        var digits = text[..end];
        if (!TryParseCInteger(digits, out var size))
        {
            return null;
        }

        var rest = text[end..].ToLowerInvariant();
        var wordAdjust = rest.StartsWith('w');
        if (wordAdjust)
        {
            rest = rest[1..];
        }

        size = rest switch
        {
            "k" => size * 1024,
            "m" => size * 1024 * 1024,
            "" => size,
            _ => -1,
        };
        if (wordAdjust && size > 0)
        {
            size = size * WordBytes / 4;
        }

        return size >= Minimum ? size : null;
    }

    private static bool TryParseCInteger(string text, out long value)
    {
        value = 0;
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return long.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
        }

        if (text.Length > 1 && text[0] == '0')
        {
            foreach (var c in text)
            {
                if (c is < '0' or > '7')
                {
                    return false;
                }

                value = (value * 8) + (c - '0');
            }

            return true;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
