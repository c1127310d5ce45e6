using System.Numerics;

namespace MicroPython.Compiler.Syntax;

/// <summary>
/// An int or float the parser computes with, in the representation the reference would have:
/// <see cref="IsMpz"/> records whether MicroPython would hold an int as a multi-precision object
/// rather than a small int, which decides between a small-int leaf and a constant-object node.
/// </summary>
internal readonly record struct PyNumber(bool IsFloat, BigInteger Int, double Float, bool IsMpz)
{
    /// <summary>The host's (64-bit mpy-cross) small-int range is 63 bits.</summary>
    private static readonly BigInteger HostMin = -(BigInteger.One << 62);
    private static readonly BigInteger HostMax = (BigInteger.One << 62) - 1;

    public static PyNumber OfInt(BigInteger value) => new(false, value, 0, !FitsHost(value));

    public static PyNumber OfFloat(double value) => new(true, BigInteger.Zero, value, false);

    public static bool FitsHost(BigInteger value) => value >= HostMin && value <= HostMax;

    /// <summary>The value as a float, converted the way the reference converts each kind of int.</summary>
    public double AsFloat() => IsFloat ? Float : IsMpz ? MpzAsFloat(Int) : (double)(long)Int;

    /// <summary>
    /// mpz_as_float: accumulates 32-bit digits from the most significant one in double arithmetic,
    /// rounding at every step (not always the correctly rounded value).
    /// </summary>
    public static double MpzAsFloat(BigInteger value)
    {
        var magnitude = BigInteger.Abs(value);
        var bytes = magnitude.ToByteArray(isUnsigned: true, isBigEndian: false);
        var digits = (bytes.Length + 3) / 4;
        var result = 0.0;
        for (var d = digits - 1; d >= 0; d--)
        {
            uint digit = 0;
            for (var k = 3; k >= 0; k--)
            {
                var index = (d * 4) + k;
                digit = (digit << 8) | (index < bytes.Length ? bytes[index] : 0u);
            }

            result = (result * 4294967296.0) + digit;
        }

        return value.Sign < 0 ? -result : result;
    }
}
