namespace MicroPython.Bytecode.Numerics;

/// <summary>
/// MicroPython's reading of an unsigned decimal (<c>digits[.digits][e[±]digits]</c>, underscores
/// ignored): the digits go into a 64-bit integer until it would overflow, the rest only move the
/// decimal exponent, and the integer is then scaled by that power of ten in x87 extended
/// precision and rounded to double. The formatter re-reads its own output with this same routine,
/// which is why both directions must agree with the reference bit for bit.
/// </summary>
internal static class DecimalScanner
{
    // Accumulation stops at the first value from which ×10 + 9 could overflow 64 bits.
    private const ulong MantissaLimit = 0x1999999999999998UL;

    // Exponent digits beyond this are ignored: the result is 0 or infinity anyway, and the sum
    // with the digit-position adjustment must stay within an int.
    private const int ExponentLimit = ((int.MaxValue / 2) - 9) / 10;

    /// <summary>
    /// Reads a decimal number from the start of <paramref name="text"/>, stopping at the first
    /// character that cannot continue it.
    /// </summary>
    /// <param name="text">The characters to read.</param>
    /// <param name="value">The value read (0 when no digit was seen).</param>
    /// <returns>
    /// How many characters were consumed, or -1 when an exponent marker ends the text with no
    /// room for its digits (MicroPython reports that as a syntax error).
    /// </returns>
    public static int Scan(ReadOnlySpan<char> text, out double value)
    {
        var accumulator = new MantissaAccumulator();
        var part = NumberPart.Integer;
        var exponentNegative = false;
        var exponentDigits = 0;
        var position = 0;
        while (position < text.Length)
        {
            var c = text[position];
            if (c is >= '0' and <= '9')
            {
                position++;
                if (part == NumberPart.Exponent)
                {
                    if (exponentDigits < ExponentLimit)
                    {
                        exponentDigits = (10 * exponentDigits) + (c - '0');
                    }
                }
                else
                {
                    accumulator.AddDigit(c - '0', part == NumberPart.Fraction);
                }
            }
            else if (part == NumberPart.Integer && c == '.')
            {
                position++;
                part = NumberPart.Fraction;
            }
            else if (part != NumberPart.Exponent && (c | 0x20) == 'e')
            {
                position++;
                part = NumberPart.Exponent;
                if (position < text.Length && text[position] is '+' or '-')
                {
                    exponentNegative = text[position] == '-';
                    position++;
                }

                if (position == text.Length)
                {
                    value = 0;
                    return -1;
                }
            }
            else if (c == '_')
            {
                position++;
            }
            else
            {
                break;
            }
        }

        var decimalExponent = (exponentNegative ? -exponentDigits : exponentDigits) + accumulator.ExponentAdjustment;
        value = ExtendedFloat.FromUInt64(accumulator.Mantissa).ScaleByPowerOfTen(decimalExponent).ToDouble();
        return position;
    }

    private enum NumberPart
    {
        Integer,
        Fraction,
        Exponent,
    }

    /// <summary>
    /// The digit accumulator. Zeros are held back until a later non-zero digit shows they are
    /// significant, so trailing zeros never use up mantissa room; once the mantissa is full, integer
    /// digits only raise the exponent and fraction digits are dropped.
    /// </summary>
    private struct MantissaAccumulator
    {
        private int pendingIntegerZeros;
        private int pendingFractionZeros;
        private int adjustment;

        /// <summary>The accumulated significant digits.</summary>
        public ulong Mantissa { get; private set; }

        /// <summary>The power of ten to apply to <see cref="Mantissa"/> (before the written exponent).</summary>
        public readonly int ExponentAdjustment => adjustment + pendingIntegerZeros;

        public void AddDigit(int digit, bool inFraction)
        {
            if (digit == 0 || Mantissa >= MantissaLimit)
            {
                if (inFraction)
                {
                    pendingFractionZeros++;
                }
                else
                {
                    pendingIntegerZeros++;
                }

                return;
            }

            for (; pendingIntegerZeros > 0; pendingIntegerZeros--)
            {
                Accept(0, inFraction: false);
            }

            for (; pendingFractionZeros > 0; pendingFractionZeros--)
            {
                Accept(0, inFraction: true);
            }

            Accept(digit, inFraction);
        }

        private void Accept(int digit, bool inFraction)
        {
            if (Mantissa < MantissaLimit)
            {
                Mantissa = (10 * Mantissa) + (ulong)digit;
                if (inFraction)
                {
                    adjustment--;
                }
            }
            else if (!inFraction)
            {
                adjustment++;
            }
        }
    }
}
