using System.Text;

namespace MicroPython.Bytecode.Numerics;

/// <summary>
/// MicroPython's EXACT float-to-text conversion for doubles (<c>%e</c>, <c>%f</c>, <c>%g</c> and the
/// shortest round-trip <c>repr</c>). The decimal mantissa is <c>|f| × 10^k + 0.5</c> computed in x87
/// extended precision and truncated; for <c>repr</c> it tries 16, 17 and 18 digits, keeping the
/// first text that reads back (through <see cref="DecimalScanner"/>) to the same double, and
/// otherwise uses 19. Layout decisions depend on the size of the caller's text buffer, which is why
/// that size is a parameter.
/// </summary>
internal static partial class FloatFormatter
{
    /// <summary>The precision value that selects <c>repr</c> behaviour.</summary>
    public const int ReprPrecision = 99;

    /// <summary>The buffer size every MicroPython caller (<c>mp_print_float</c>) provides.</summary>
    public const int PrintBufferSize = 33;

    // The most decimal digits a 64-bit mantissa can always hold, and the most a double is sure to
    // round-trip through when read back.
    private const int MaxMantissaDigits = 19;
    private const int SafeMantissaDigits = 16;

    // Room reserved for an exponent suffix such as "e+199" plus sign and terminator.
    private const int ExponentOverhead = 8;

    private static readonly DigitWidth DoubleWidth = new(MaxMantissaDigits, SafeMantissaDigits, ExponentOverhead);

    // MicroPython rounds the decimal exponent estimate from the binary exponent with this factor.
    private const double Log10Of2 = 0.3010299956639812;

    /// <summary>Formats <paramref name="value"/>.</summary>
    /// <param name="value">The number.</param>
    /// <param name="format">One of <c>e E f F g G</c>; the case selects the case of <c>e</c>, <c>inf</c>, <c>nan</c>.</param>
    /// <param name="precision">Digits after the point (<c>e</c>, <c>f</c>) or significant digits (<c>g</c>); negative means 6; <see cref="ReprPrecision"/> means <c>repr</c>.</param>
    /// <param name="sign">A sign to show for non-negative values (<c>'+'</c> or <c>' '</c>), or <c>'\0'</c>.</param>
    /// <param name="bufferSize">The size of the text buffer the reference would use.</param>
    /// <param name="single">Whether <paramref name="value"/> is a single-precision float of a target built with them (see <see cref="SingleWidth"/>).</param>
    public static string Format(double value, char format, int precision, char sign, int bufferSize, bool single = false)
    {
        var width = single ? SingleWidth : DoubleWidth;
        var text = new StringBuilder();
        var magnitude = value;
        if (double.IsNegative(value) && !double.IsNaN(value))
        {
            magnitude = -value;
            sign = '-';
        }

        if (sign != '\0')
        {
            text.Append(sign);
            bufferSize--;
        }

        var upperCase = char.IsUpper(format);
        if (double.IsInfinity(magnitude) || double.IsNaN(magnitude))
        {
            var word = double.IsNaN(magnitude) ? "nan" : "inf";
            return text.Append(upperCase ? word.ToUpperInvariant() : word).ToString();
        }

        var layout = new MantissaLayout
        {
            Style = char.ToLowerInvariant(format) switch
            {
                'f' => FloatStyle.Fixed,
                'g' => FloatStyle.General,
                _ => FloatStyle.Exponent,
            },
            UpperCase = upperCase,
        };

        if (precision < 0)
        {
            precision = 6;
        }

        layout.MaxExponentZeros = Math.Min(precision, bufferSize - 3);
        if (precision == ReprPrecision)
        {
            precision = width.MaxDigits;
            layout.MaxExponentZeros = 16;
        }

        var exponent = single ? SingleDecimalExponent(magnitude) : DecimalExponent(magnitude);
        if (layout.Style == FloatStyle.Fixed && exponent > 0 && exponent + precision + 2 > bufferSize)
        {
            // Too many integer digits for the buffer: the reference falls back to %g.
            layout.Style = FloatStyle.General;
            precision++;
        }

        var digits = PlanDigits(layout.Style, precision, exponent, bufferSize, width);
        var prefixLength = text.Length;
        if (single)
        {
            return FormatSingle(layout, digits, exponent, (float)magnitude, text);
        }

        for (var digitCount = Math.Min(SafeMantissaDigits, digits.Max); ; digitCount++)
        {
            text.Length = prefixLength;
            var scale = PlaceDigits(layout, digitCount, digits, exponent, magnitude, text);
            var mantissa = magnitude == 0
                ? 0
                : ExtendedFloat.FromDouble(magnitude).ScaleByPowerOfTen(scale).Add(ExtendedFloat.Half).ToUInt64Truncated();
            layout.Write(mantissa, digitCount, exponent, text);

            // Fewer digits than the maximum are only good enough if they read back exactly.
            if (digitCount >= digits.Max || ReadsBackAs(text, prefixLength, magnitude))
            {
                return text.ToString();
            }
        }
    }

    /// <summary>
    /// The decimal exponent <c>e</c> with <c>10^e ≤ f &lt; 10^(e+1)</c>, where the powers of ten are
    /// the extended-precision ones rounded to double (so the bound can be off near large powers).
    /// </summary>
    private static int DecimalExponent(double magnitude)
    {
        if (magnitude == 0)
        {
            return 0;
        }

        var binaryExponent = (int)((BitConverter.DoubleToUInt64Bits(magnitude) >> 52) & 0x7FF) - 1023;
        var exponent = (int)(binaryExponent * Log10Of2);
        var atLeastOne = magnitude >= 1.0;
        var boundaryOffset = atLeastOne ? 1 : 0;
        while ((magnitude >= PowerOfTen(exponent + boundaryOffset)) == atLeastOne)
        {
            exponent += atLeastOne ? 1 : -1;
        }

        return exponent;
    }

    private static double PowerOfTen(int exponent) => ExtendedFloat.FromUInt64(1).ScaleByPowerOfTen(exponent).ToDouble();

    private static DigitPlan PlanDigits(FloatStyle style, int precision, int exponent, int bufferSize, DigitWidth width)
    {
        var max = precision;
        var leadingZeros = 0;
        if (style == FloatStyle.Fixed)
        {
            max = Math.Min(max, bufferSize - 3);
            if (exponent >= 0)
            {
                max += exponent + 1;
            }
            else if (max > 2 && exponent < -2)
            {
                // Zeros right after the point are written literally so the mantissa keeps its digits.
                leadingZeros = Math.Min(-exponent, max) - 2;
                max -= leadingZeros;
            }
            else
            {
                max++;
            }
        }
        else if (style == FloatStyle.Exponent || max == 0)
        {
            max++;
        }

        var trailingZeros = 0;
        if (max > width.MaxDigits)
        {
            trailingZeros = max - width.MaxDigits;
            max = width.MaxDigits;
        }

        var overhead = style == FloatStyle.Fixed ? 3 : width.ExponentOverhead;
        trailingZeros = Math.Min(trailingZeros, bufferSize - max - overhead);
        return new DigitPlan(max, leadingZeros, trailingZeros);
    }

    /// <summary>
    /// Sets the layout's decimal-point position and zero padding for a mantissa of
    /// <paramref name="digitCount"/> digits, writes any literal leading zeros, and returns the power
    /// of ten that turns the value into that mantissa.
    /// </summary>
    private static int PlaceDigits(MantissaLayout layout, int digitCount, DigitPlan digits, int exponent, double magnitude, StringBuilder text)
    {
        layout.TrailingZeros = digits.TrailingZeros + (digits.Max - digitCount);
        layout.PointAfter = 0;
        if (magnitude == 0)
        {
            return 0;
        }

        if (layout.Style != FloatStyle.Fixed)
        {
            return digitCount - exponent - 1;
        }

        var scale = digitCount - 1;
        if (exponent >= 0)
        {
            layout.PointAfter = exponent;
            return scale - exponent;
        }

        if (digits.LeadingZeros > 0)
        {
            text.Append("0.").Append('0', digits.LeadingZeros);
            layout.PointAfter = MantissaLayout.PointAlreadyWritten;
            return scale + digits.LeadingZeros + 1;
        }

        return scale;
    }

    private static bool ReadsBackAs(StringBuilder text, int start, double magnitude)
    {
        var unsigned = text.ToString(start, text.Length - start);
        DecimalScanner.Scan(unsigned, out var readBack);
        return readBack == magnitude;
    }

    /// <param name="Max">The most mantissa digits to produce.</param>
    /// <param name="LeadingZeros">Zeros written literally after <c>0.</c> (fixed style, small values).</param>
    /// <param name="TrailingZeros">Zeros appended beyond the mantissa's 19 digits.</param>
    private readonly record struct DigitPlan(int Max, int LeadingZeros, int TrailingZeros);

    /// <param name="MaxDigits">The most mantissa digits the format ever writes (<c>MAX_MANTISSA_DIGITS</c>).</param>
    /// <param name="SafeDigits">The digits it tries first, sure to be exact (<c>SAFE_MANTISSA_DIGITS</c>).</param>
    /// <param name="ExponentOverhead">Room kept for an exponent, sign and terminator (<c>FPMIN_BUF_SIZE</c> + 1).</param>
    private readonly record struct DigitWidth(int MaxDigits, int SafeDigits, int ExponentOverhead);
}
