using System.Globalization;
using System.Text;

namespace MicroPython.Freezer.CSource;

/// <summary>
/// The float handling of the reference freezer, which runs under CPython: a constant's stored text
/// is parsed with <c>float()</c>/<c>complex()</c> (correctly rounded), printed with <c>%.16g</c>, and
/// packed with <c>struct</c> into single and double bit patterns.
/// </summary>
internal static class PythonFloat
{
    private const long QuietNaNBits = 0x7ff8000000000000;

    /// <summary>CPython's <c>float(text)</c> for the texts MicroPython's repr produces (<c>1.5</c>, <c>1e+16</c>, <c>-inf</c>, <c>nan</c>).</summary>
    public static double Parse(string text)
    {
        var s = text.Trim();
        var negative = s.StartsWith('-');
        var body = s.TrimStart('+', '-');
        if (body.Equals("inf", StringComparison.OrdinalIgnoreCase) || body.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (body.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            // CPython's nan is the positive quiet NaN; "-nan" sets only the sign bit.
            return BitConverter.Int64BitsToDouble(QuietNaNBits | (negative ? long.MinValue : 0));
        }

        return double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>CPython's <c>complex(text)</c> for MicroPython's complex repr (<c>2j</c>, <c>(1-2j)</c>, <c>(nan+nanj)</c>).</summary>
    public static (double Real, double Imag) ParseComplex(string text)
    {
        var s = text.Trim();
        if (s.StartsWith('(') && s.EndsWith(')'))
        {
            s = s[1..^1];
        }

        if (!s.EndsWith('j') && !s.EndsWith('J'))
        {
            return (Parse(s), 0.0);
        }

        s = s[..^1];
        for (var i = s.Length - 1; i > 0; i--)
        {
            if ((s[i] == '+' || s[i] == '-') && s[i - 1] != 'e' && s[i - 1] != 'E')
            {
                return (Parse(s[..i]), Parse(s[i..]));
            }
        }

        return (0.0, Parse(s));
    }

    /// <summary>CPython's <c>%.16g</c>, with its spellings <c>inf</c>, <c>-inf</c> and <c>nan</c> (never signed).</summary>
    public static string FormatG16(double value)
    {
        const int precision = 16;
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value < 0 ? "-inf" : "inf";
        }

        // "E15" is correctly rounded to 16 significant digits; its exponent decides the layout.
        var e = value.ToString("E" + (precision - 1), CultureInfo.InvariantCulture);
        var ePos = e.IndexOf('E');
        var exponent = int.Parse(e.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var negative = e[0] == '-';
        var digits = e[(negative ? 1 : 0)..ePos].Replace(".", "", StringComparison.Ordinal);
        var sb = new StringBuilder(24);
        if (negative)
        {
            sb.Append('-');
        }

        if (exponent < -4 || exponent >= precision)
        {
            var mantissa = digits.TrimEnd('0');
            sb.Append(mantissa[0]);
            if (mantissa.Length > 1)
            {
                sb.Append('.').Append(mantissa, 1, mantissa.Length - 1);
            }

            sb.Append(exponent < 0 ? "e-" : "e+").Append(Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture));
            return sb.ToString();
        }

        string intPart, fracPart;
        if (exponent >= 0)
        {
            intPart = digits[..(exponent + 1)];
            fracPart = digits[(exponent + 1)..];
        }
        else
        {
            intPart = "0";
            fracPart = new string('0', -exponent - 1) + digits;
        }

        fracPart = fracPart.TrimEnd('0');
        sb.Append(intPart);
        if (fracPart.Length > 0)
        {
            sb.Append('.').Append(fracPart);
        }

        return sb.ToString();
    }

    /// <summary>
    /// The IEEE single-precision bits of <paramref name="value"/>, rounded to nearest even. Values
    /// beyond the single range become ±infinity, as the target's own conversion stores them (the
    /// reference freezer raises instead).
    /// </summary>
    public static uint SingleBits(double value)
    {
        if (double.IsNaN(value))
        {
            var bits = (ulong)BitConverter.DoubleToInt64Bits(value);
            return (uint)((bits >> 32) & 0x80000000) | 0x7fc00000 | (uint)((bits >> 29) & 0x003fffff);
        }

        return BitConverter.SingleToUInt32Bits((float)value);
    }

    /// <summary>The IEEE double-precision bits of <paramref name="value"/>.</summary>
    public static ulong DoubleBits(double value) => (ulong)BitConverter.DoubleToInt64Bits(value);
}
