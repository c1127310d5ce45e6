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

        var start = pos;
        var value = BigInteger.Zero;
        var chunk = 0L;
        var chunkScale = 1L;
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

            // gather digits in a machine word before touching the big integer, for long literals
            chunk = (chunk * numberBase) + digit;
            chunkScale *= numberBase;
            if (chunkScale > (long.MaxValue / 64))
            {
                value = (value * chunkScale) + chunk;
                chunk = 0;
                chunkScale = 1;
            }
        }

        value = (value * chunkScale) + chunk;
        if (pos == start || pos != text.Length)
        {
            var shownBase = numberBase == 1 ? 0 : numberBase;
            error = $"invalid syntax for integer with base {shownBase}: '{Encoding.UTF8.GetString(text[start..])}'";
            return null;
        }

        return value;
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
