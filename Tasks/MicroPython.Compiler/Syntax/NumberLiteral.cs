using System.Globalization;
using System.Numerics;
using System.Text;
using MicroPython.Bytecode.Numerics;

namespace MicroPython.Compiler.Syntax;

/// <summary>
/// Reads the text of INTEGER and FLOAT_OR_IMAG tokens as the reference's number parser does,
/// including its error messages (which the parser reports as SyntaxErrors).
/// </summary>
internal static class NumberLiteral
{
    /// <summary>Parses an integer token; returns null and sets <paramref name="error"/> when it is malformed.</summary>
    public static BigInteger? ParseInteger(ReadOnlySpan<byte> text, out string? error)
    {
        error = null;
        var pos = 0;
        var numberBase = 10;
        if (text.Length > 1 && text[0] == '0')
        {
            switch (text[1] | 0x20)
            {
                case 'x':
                    numberBase = 16;
                    pos = 2;
                    break;
                case 'o':
                    numberBase = 8;
                    pos = 2;
                    break;
                case 'b':
                    numberBase = 2;
                    pos = 2;
                    break;
                default:
                    // a leading zero admits only more zeros (base "1" makes any other digit invalid)
                    numberBase = 1;
                    break;
            }
        }

        // most literals are short plain decimals: they need no digit string and no BigInteger parse
        if (numberBase == 10 && TryParsePlainDecimal(text, out var plain))
        {
            return plain;
        }

        var start = pos;
        var digits = new StringBuilder();
        for (; pos < text.Length; pos++)
        {
            int c = text[pos];
            int digit;
            if (c >= '0' && c <= '9')
            {
                digit = c - '0';
            }
            else if (c == '_')
            {
                continue;
            }
            else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            {
                digit = (c | 0x20) - 'a' + 10;
            }
            else
            {
                break;
            }

            if (digit >= numberBase)
            {
                break;
            }

            digits.Append((char)c);
        }

        if (pos == start || pos != text.Length)
        {
            var shownBase = numberBase == 1 ? 0 : numberBase;
            error = $"invalid syntax for integer with base {shownBase}: '{Encoding.UTF8.GetString(text[start..])}'";
            return null;
        }

        return ToInteger(digits.ToString(), numberBase);
    }

    // up to 18 digits without underscores fit a long
    private static bool TryParsePlainDecimal(ReadOnlySpan<byte> text, out long value)
    {
        value = 0;
        if (text.Length > 18)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    // BigInteger's own parsers are far faster than digit-by-digit accumulation for long literals
    private static BigInteger ToInteger(string digits, int numberBase)
    {
        // up to 60 bits accumulate in a long without overflow
        if (numberBase != 1 && digits.Length * Math.Log2(numberBase) <= 60)
        {
            var small = 0L;
            foreach (var c in digits)
            {
                small = (small * numberBase) + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
            }

            return small;
        }

        switch (numberBase)
        {
            case 10:
                return BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            case 16:
                return BigInteger.Parse("0" + digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            case 1:
                // only zeros get here
                return BigInteger.Zero;
            default:
                return FromPowerOfTwoDigits(digits, numberBase == 2 ? 1 : 3);
        }
    }

    private static BigInteger FromPowerOfTwoDigits(string digits, int bitsPerDigit)
    {
        var bytes = new byte[((digits.Length * bitsPerDigit) / 8) + 2];
        var bit = 0;
        for (var k = digits.Length - 1; k >= 0; k--)
        {
            var d = digits[k] - '0';
            for (var b = 0; b < bitsPerDigit; b++, bit++)
            {
                if ((d & (1 << b)) != 0)
                {
                    bytes[bit / 8] |= (byte)(1 << (bit % 8));
                }
            }
        }

        return new BigInteger(bytes, isUnsigned: true);
    }

    /// <summary>
    /// Parses a float or imaginary token into its value and whether it is imaginary; returns false
    /// when the text is not a number.
    /// </summary>
    public static bool TryParseFloat(ReadOnlySpan<byte> text, out double value, out bool imaginary)
    {
        try
        {
            value = MicroPythonFloat.ParseLiteral(Encoding.ASCII.GetString(text), out imaginary);
            return true;
        }
        catch (FormatException)
        {
            value = 0;
            imaginary = false;
            return false;
        }
    }
}
