using System.Numerics;

namespace MicroPython.Bytecode.Numerics;

/// <summary>
/// Round-to-nearest-even of an exact binary value into a floating-point format with a given
/// significand width and exponent range. Both the x87 extended format and IEEE double are
/// described this way, so one routine serves every rounding step of the emulation.
/// </summary>
internal static class BinaryRounding
{
    /// <summary>
    /// Rounds <c>(magnitude + ε) × 2^exponent</c>, where ε is a positive amount smaller than one
    /// unit of <paramref name="magnitude"/> when <paramref name="inexact"/> is set (the sticky
    /// remainder of a division), to <paramref name="precision"/> bits.
    /// </summary>
    /// <param name="magnitude">The exact significand, non-negative.</param>
    /// <param name="exponent">The power of two that scales <paramref name="magnitude"/>.</param>
    /// <param name="inexact">Whether a non-zero amount below one unit was cut off before this call.</param>
    /// <param name="precision">Significand width of the target format, in bits.</param>
    /// <param name="minExponent">
    /// The exponent of the smallest subnormal: results below the normal range keep this exponent
    /// and lose significand bits instead (gradual underflow).
    /// </param>
    /// <param name="maxExponent">The largest exponent a finite result may have.</param>
    /// <returns>
    /// The rounded significand (below <c>2^precision</c>) and its exponent, or
    /// <see cref="RoundedBinary.Overflow"/> when the result is beyond the largest finite value.
    /// </returns>
    public static RoundedBinary Round(BigInteger magnitude, int exponent, bool inexact, int precision, int minExponent, int maxExponent)
    {
        if (magnitude.IsZero)
        {
            return new RoundedBinary(0, minExponent, false);
        }

        var excessBits = (int)magnitude.GetBitLength() - precision;
        if (exponent + excessBits < minExponent)
        {
            excessBits = minExponent - exponent;
        }

        if (excessBits <= 0)
        {
            // Shifting left is exact; an inexact input always carries more bits than the format.
            return Finish((ulong)(magnitude << -excessBits), exponent + excessBits, maxExponent);
        }

        var kept = magnitude >> excessBits;
        var dropped = magnitude - (kept << excessBits);
        var half = BigInteger.One << (excessBits - 1);
        var comparison = dropped.CompareTo(half);
        var roundUp = comparison > 0 || (comparison == 0 && (inexact || !kept.IsEven));
        if (roundUp)
        {
            kept += 1;
        }

        var exponentAfter = exponent + excessBits;
        if (kept.GetBitLength() > precision)
        {
            // Rounding carried into a new top bit: 1.111… became 10.000….
            kept >>= 1;
            exponentAfter++;
        }

        return Finish((ulong)kept, exponentAfter, maxExponent);
    }

    private static RoundedBinary Finish(ulong significand, int exponent, int maxExponent) => exponent > maxExponent ? RoundedBinary.Overflow : new RoundedBinary(significand, exponent, false);
}

/// <summary>The outcome of <see cref="BinaryRounding.Round"/>: <c>Significand × 2^Exponent</c>, or an overflow.</summary>
/// <param name="Significand">The rounded significand.</param>
/// <param name="Exponent">The power of two that scales it.</param>
/// <param name="IsOverflow">Whether the value exceeded the format's range (it becomes infinity).</param>
internal readonly record struct RoundedBinary(ulong Significand, int Exponent, bool IsOverflow)
{
    /// <summary>A result too large for the format.</summary>
    public static RoundedBinary Overflow { get; } = new(0, 0, true);
}
