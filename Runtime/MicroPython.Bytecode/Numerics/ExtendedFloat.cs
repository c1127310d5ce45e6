using System.Numerics;

namespace MicroPython.Bytecode.Numerics;

/// <summary>
/// A non-negative x87 80-bit <c>long double</c>: 64-bit significand, 15-bit exponent, gradual
/// underflow, every operation rounded to nearest-even. The reference <c>mpy-cross</c> (gcc on
/// x86-64 Linux) parses and prints floats through this type, and its double rounding (first to
/// 64 bits, then to 53) is what makes some texts differ from a correctly rounded conversion, so
/// the emulation has to round at exactly the same steps.
/// </summary>
/// <remarks>
/// The algorithms that use it only ever scale positive magnitudes, so there is no sign and no NaN.
/// </remarks>
internal readonly struct ExtendedFloat
{
    private const int SignificandBits = 64;

    // Value = Significand × 2^Exponent. The smallest subnormal is 2^-16445 and the largest finite
    // value is (2^64 − 1) × 2^16320, just below 2^16384.
    private const int MinExponent = -16382 - (SignificandBits - 1);
    private const int MaxExponent = 16383 - (SignificandBits - 1);

    private const int DoubleSignificandBits = 53;
    private const int DoubleMinExponent = -1074;
    private const int DoubleMaxExponent = 1023 - (DoubleSignificandBits - 1);

    private ExtendedFloat(ulong significand, int exponent, bool isInfinity)
    {
        Significand = significand;
        Exponent = exponent;
        IsInfinity = isInfinity;
    }

    /// <summary>Zero.</summary>
    public static ExtendedFloat Zero => default;

    /// <summary>One half, the rounding offset of the formatter.</summary>
    public static ExtendedFloat Half { get; } = FromExact(1, -1, inexact: false);

    // 10^(2^i) as the reference's squaring loop computes it (each square rounded), up to the
    // first one that overflows; every later square is that same infinity.
    private static readonly ExtendedFloat[] RepeatedSquaresOfTen = BuildRepeatedSquaresOfTen();

    /// <summary>The significand (its top bit is set for normal numbers).</summary>
    public ulong Significand { get; }

    /// <summary>The power of two that scales <see cref="Significand"/>.</summary>
    public int Exponent { get; }

    /// <summary>Whether this is positive infinity (reached when a power of ten overflows).</summary>
    public bool IsInfinity { get; }

    /// <summary>Whether this is zero.</summary>
    public bool IsZero => !IsInfinity && Significand == 0;

    /// <summary>The exact conversion of an unsigned 64-bit integer.</summary>
    public static ExtendedFloat FromUInt64(ulong value) => FromExact(value, 0, inexact: false);

    /// <summary>The exact conversion of a non-negative finite double.</summary>
    public static ExtendedFloat FromDouble(double value)
    {
        var bits = BitConverter.DoubleToUInt64Bits(value);
        var biased = (int)(bits >> 52) & 0x7FF;
        var fraction = bits & ((1UL << 52) - 1);
        return biased == 0
            ? FromExact(fraction, DoubleMinExponent, inexact: false)
            : FromExact(fraction | (1UL << 52), biased - 1075, inexact: false);
    }

    /// <summary>The product, rounded once.</summary>
    public ExtendedFloat Multiply(ExtendedFloat other)
    {
        // A power of ten that overflowed makes the result infinite; the factors are never zero
        // together with an infinity in the scaling loop, so no NaN case arises.
        if (IsInfinity || other.IsInfinity)
        {
            return Infinity;
        }

        return FromExact(new BigInteger(Significand) * other.Significand, Exponent + other.Exponent, inexact: false);
    }

    /// <summary>The quotient, rounded once.</summary>
    public ExtendedFloat Divide(ExtendedFloat divisor)
    {
        if (divisor.IsInfinity || IsZero)
        {
            return Zero;
        }

        // Enough extra quotient bits that at least two lie below the kept 64; the remainder
        // decides the rest of the rounding as a sticky bit.
        var shift = SignificandBits + 2 + BitLength(divisor.Significand) - BitLength(Significand);
        var quotient = BigInteger.DivRem(new BigInteger(Significand) << shift, divisor.Significand, out var remainder);
        return FromExact(quotient, Exponent - divisor.Exponent - shift, inexact: !remainder.IsZero);
    }

    /// <summary>The sum, rounded once.</summary>
    public ExtendedFloat Add(ExtendedFloat other)
    {
        if (IsInfinity || other.IsInfinity)
        {
            return Infinity;
        }

        var common = Math.Min(Exponent, other.Exponent);
        var sum = (new BigInteger(Significand) << (Exponent - common)) + (new BigInteger(other.Significand) << (other.Exponent - common));
        return FromExact(sum, common, inexact: false);
    }

    /// <summary>
    /// <c>this × 10^power</c> the way MicroPython's EXACT decimal scaling computes it: the power
    /// is built by repeated squaring of 10 (each square rounded, overflowing to infinity past
    /// 10^4932) and applied by one rounded multiplication or division per set bit.
    /// </summary>
    public ExtendedFloat ScaleByPowerOfTen(int power)
    {
        if (power == 0 || IsZero)
        {
            return this;
        }

        var divide = power < 0;
        var remaining = Math.Abs((long)power);
        var result = this;
        for (var bit = 0; remaining != 0; bit++, remaining >>= 1)
        {
            if ((remaining & 1) != 0)
            {
                var square = RepeatedSquaresOfTen[Math.Min(bit, RepeatedSquaresOfTen.Length - 1)];
                result = divide ? result.Divide(square) : result.Multiply(square);
            }
        }

        return result;
    }

    /// <summary>The conversion to double, rounded to nearest-even (including into subnormals).</summary>
    public double ToDouble()
    {
        if (IsInfinity)
        {
            return double.PositiveInfinity;
        }

        var rounded = BinaryRounding.Round(Significand, Exponent, false, DoubleSignificandBits, DoubleMinExponent, DoubleMaxExponent);
        if (rounded.IsOverflow)
        {
            return double.PositiveInfinity;
        }

        if (rounded.Significand < (1UL << 52))
        {
            return BitConverter.UInt64BitsToDouble(rounded.Significand);
        }

        var biased = (ulong)(rounded.Exponent + 1075);
        return BitConverter.UInt64BitsToDouble((biased << 52) | (rounded.Significand & ((1UL << 52) - 1)));
    }

    /// <summary>The conversion to an unsigned 64-bit integer, truncating toward zero.</summary>
    /// <exception cref="OverflowException">The value is 2^64 or more.</exception>
    public ulong ToUInt64Truncated()
    {
        if (Exponent >= 0)
        {
            if (IsInfinity || Exponent + BitLength(Significand) > 64)
            {
                throw new OverflowException("A decimal mantissa does not fit 64 bits.");
            }

            return Significand << Exponent;
        }

        return Exponent <= -64 ? 0 : Significand >> -Exponent;
    }

    private static ExtendedFloat Infinity => new(0, 0, isInfinity: true);

    private static ExtendedFloat[] BuildRepeatedSquaresOfTen()
    {
        var squares = new List<ExtendedFloat> { FromUInt64(10) };
        while (!squares[^1].IsInfinity)
        {
            squares.Add(squares[^1].Multiply(squares[^1]));
        }

        return [.. squares];
    }

    private static int BitLength(ulong value) => 64 - BitOperations.LeadingZeroCount(value);

    private static ExtendedFloat FromExact(BigInteger magnitude, int exponent, bool inexact)
    {
        var rounded = BinaryRounding.Round(magnitude, exponent, inexact, SignificandBits, MinExponent, MaxExponent);
        return rounded.IsOverflow ? Infinity : new ExtendedFloat(rounded.Significand, rounded.Exponent, false);
    }
}
