using System.Text;

namespace MicroPython.Bytecode.Numerics;

/// <summary>
/// The text of single-precision floats, as firmware built with <c>MICROPY_FLOAT_IMPL_FLOAT</c>
/// (rp2, esp32, stm32) writes it. Those builds use the approximate conversion
/// (<c>MICROPY_FLOAT_FORMAT_IMPL_APPROX</c>, py/mpconfig.h:990): at most 9 digits, 6 tried first;
/// powers of ten are made in single precision from the exponent field and a power of five; and a
/// text that does not read back to the same float is nudged one unit at a time by a shrinking step
/// before more digits are tried. So <c>1/3</c> prints as <c>0.33333334</c>.
/// </summary>
internal static partial class FloatFormatter
{
    // py/formatfloat.c:136-139: MAX_MANTISSA_DIGITS 9, SAFE_MANTISSA_DIGITS 6, room for "+9e+99".
    private static readonly DigitWidth SingleWidth = new(9, 6, 7);

    // The largest power of five a float holds exactly (py/parsenum.c:221).
    private const int MaxExactPowerOfFive = 10;

    private static int SingleDecimalExponent(double magnitude)
    {
        var f = (float)magnitude;
        if (f == 0)
        {
            return 0;
        }

        var bits = BitConverter.SingleToUInt32Bits(f);
        var binaryExponent = (int)((bits >> 23) & 0xFF) - 127;
        var exponent = (int)(binaryExponent * 0.3010299956639812f);
        var atLeastOne = bits >= 0x3F80_0000;
        var boundaryOffset = atLeastOne ? 1 : 0;
        while ((f >= (float)ScaleSingle(1.0, exponent + boundaryOffset)) == atLeastOne)
        {
            exponent += atLeastOne ? 1 : -1;
        }

        return exponent;
    }

    /// <summary><c>value × 10^exponent</c> as the approximate conversion works it out: 2^k added to the exponent field, then a single-precision power of five.</summary>
    private static double ScaleSingle(double value, int exponent)
    {
        if (exponent == 0 || value == 0)
        {
            return value;
        }

        var bits = BitConverter.SingleToUInt32Bits((float)value);
        var biased = (int)((bits >> 23) & 0xFF) + exponent;

        // The exponent is an 8-bit field of a union: the addition wraps within it.
        var f = BitConverter.UInt32BitsToSingle((bits & ~(0xFFu << 23)) | ((uint)(biased & 0xFF) << 23));
        if (exponent < 0 && exponent >= -MaxExactPowerOfFive)
        {
            f /= MathF.Pow(5, -exponent);
        }
        else
        {
            f *= MathF.Pow(5, exponent);
        }

        return f;
    }

    private static string FormatSingle(MantissaLayout layout, DigitPlan digits, int exponent, float magnitude, StringBuilder text)
    {
        var prefixLength = text.Length;
        var digitCount = Math.Min(SingleWidth.SafeDigits, digits.Max);
        while (true)
        {
            text.Length = prefixLength;
            var scale = PlaceDigits(layout, digitCount, digits, exponent, magnitude, text);
            var mantissaStart = text.Length;
            var mantissa = (ulong)(ScaleSingle(magnitude, scale) + 0.5);
            layout.Write(mantissa, digitCount, exponent, text);
            var diff = ReadBackSingle(text, prefixLength) - magnitude;
            if (diff == 0)
            {
                return text.ToString();
            }

            // Search around the first guess for a mantissa that reads back exactly, keeping the closest.
            var step = 1UL << (3 * Math.Max(0, digitCount - SingleWidth.SafeDigits));
            var bestDiff = diff;
            var best = mantissa;
            var moreDigits = false;
            for (var runs = 3 + (3 * (SingleWidth.MaxDigits - SingleWidth.SafeDigits)); runs > 0; runs--)
            {
                mantissa = float.IsNegative(diff) ? mantissa + step : mantissa - step;
                text.Length = mantissaStart;
                layout.Write(mantissa, digitCount, exponent, text);
                diff = ReadBackSingle(text, prefixLength) - magnitude;
                if (diff == 0)
                {
                    return text.ToString();
                }

                var delta = MathF.Abs(diff) - MathF.Abs(bestDiff);
                if (float.IsNegative(delta) || (delta == 0 && mantissa % 10 == 0))
                {
                    bestDiff = diff;
                    best = mantissa;
                }

                if (step > 1)
                {
                    step >>= 1;
                    continue;
                }

                if (digitCount < digits.Max)
                {
                    digitCount++;
                    moreDigits = true;
                }
                else if (mantissa != best)
                {
                    text.Length = mantissaStart;
                    layout.Write(best, digitCount, exponent, text);
                }

                break;
            }

            if (!moreDigits)
            {
                return text.ToString();
            }
        }
    }

    private static float ReadBackSingle(StringBuilder text, int start)
    {
        DecimalScanner.Scan(text.ToString(start, text.Length - start), out var readBack);
        return (float)readBack;
    }
}
