using System.Text;

namespace MicroPython.Bytecode.Numerics;

/// <summary>The three printf float styles.</summary>
internal enum FloatStyle
{
    /// <summary><c>%e</c>: one digit, point, digits, exponent.</summary>
    Exponent,

    /// <summary><c>%f</c>: positional, never an exponent.</summary>
    Fixed,

    /// <summary><c>%g</c>: significant digits, positional for moderate exponents, trailing zeros removed.</summary>
    General,
}

/// <summary>
/// Turns a decimal mantissa (an integer of a known digit count) and a decimal exponent into the
/// text of one float style, the way MicroPython lays it out: where the point goes, how many zeros
/// are padded, when <c>%g</c> writes the exponent out as zeros, and the exponent suffix.
/// </summary>
internal sealed class MantissaLayout
{
    /// <summary>A <see cref="PointAfter"/> value meaning the text already holds <c>0.</c> and zeros.</summary>
    public const int PointAlreadyWritten = 255;

    /// <summary>The style being produced.</summary>
    public FloatStyle Style { get; set; }

    /// <summary>Whether the exponent marker is <c>E</c> rather than <c>e</c>.</summary>
    public bool UpperCase { get; init; }

    /// <summary>For <c>%g</c>: positive exponents below this are written as zeros instead.</summary>
    public int MaxExponentZeros { get; set; }

    /// <summary>Zeros to append after the mantissa digits.</summary>
    public int TrailingZeros { get; set; }

    /// <summary>
    /// The index of the mantissa digit the decimal point follows (no point when that is the last
    /// digit or beyond), or <see cref="PointAlreadyWritten"/>.
    /// </summary>
    public int PointAfter { get; set; }

    /// <summary>Appends the text for <paramref name="mantissa"/> × 10^(<paramref name="exponent"/> − digits + 1).</summary>
    public void Write(ulong mantissa, int digitCount, int exponent, StringBuilder text)
    {
        var pointAfter = PointAfter;
        var trailingZeros = TrailingZeros;
        if (mantissa != 0 && mantissa >= PowerOfTen(digitCount))
        {
            // Rounding up produced one digit too many (9.99… → 10.0…).
            if (Style == FloatStyle.Fixed)
            {
                digitCount++;
                pointAfter++;
            }
            else
            {
                mantissa /= 10;
                exponent++;
            }
        }

        if (Style == FloatStyle.General && exponent > 0 && exponent < MaxExponentZeros)
        {
            pointAfter += exponent;
            if (pointAfter >= digitCount)
            {
                trailingZeros = pointAfter - (digitCount - 1);
            }

            exponent = 0;
        }
        else if (Style == FloatStyle.General && exponent < 0 && exponent >= -4)
        {
            // Small numbers are written 0.000ddd; mantissa zeros that would end up after the
            // significant digits are dropped first so no precision is spent on them.
            var dropped = 0;
            while (exponent < 0 && mantissa % 10 == 0)
            {
                mantissa /= 10;
                dropped++;
                exponent++;
            }

            digitCount -= dropped;
            text.Append("0.").Append('0', dropped - exponent - 1);
            pointAfter = PointAlreadyWritten;
            exponent = 0;
        }

        var hasPoint = pointAfter >= PointAlreadyWritten;
        var digits = new char[digitCount];
        for (var i = digitCount - 1; i >= 0; i--)
        {
            digits[i] = (char)('0' + (int)(mantissa % 10));
            mantissa /= 10;
        }

        if (pointAfter + 1 < digitCount)
        {
            text.Append(digits, 0, pointAfter + 1).Append('.').Append(digits, pointAfter + 1, digitCount - pointAfter - 1);
            hasPoint = true;
        }
        else
        {
            text.Append(digits);
        }

        if (trailingZeros > 0)
        {
            var untilPoint = pointAfter - (digitCount - 1);
            for (; trailingZeros > 0; trailingZeros--)
            {
                if (untilPoint-- == 0)
                {
                    text.Append('.');
                    hasPoint = true;
                }

                text.Append('0');
            }
        }

        if (Style == FloatStyle.General && hasPoint)
        {
            var end = text.Length;
            while (text[end - 1] == '0')
            {
                end--;
            }

            if (text[end - 1] == '.')
            {
                end--;
            }

            text.Length = end;
        }

        if ((exponent != 0 || Style == FloatStyle.Exponent) && Style != FloatStyle.Fixed)
        {
            AppendExponent(exponent, text);
        }
    }

    private void AppendExponent(int exponent, StringBuilder text)
    {
        text.Append(UpperCase ? 'E' : 'e').Append(exponent < 0 ? '-' : '+');
        var magnitude = Math.Abs(exponent);
        if (magnitude >= 100)
        {
            text.Append((char)('0' + (magnitude / 100)));
        }

        text.Append((char)('0' + (magnitude / 10 % 10))).Append((char)('0' + (magnitude % 10)));
    }

    private static ulong PowerOfTen(int digits)
    {
        var power = 10UL;
        for (var i = 1; i < digits; i++)
        {
            power *= 10;
        }

        return power;
    }
}
