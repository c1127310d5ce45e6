using System.Numerics;

namespace MicroPython.Compiler.Syntax;

/// <summary>
/// The arithmetic the parser folds, with MicroPython's runtime semantics: arbitrary-precision ints
/// (floor division and modulo, arithmetic shifts), IEEE double floats, int/float mixing, and
/// "no result" wherever the runtime would raise (division by zero, negative shift, complex
/// results, unsupported operand types, results too large for mpy-cross's heap).
/// </summary>
internal static class ConstantArithmetic
{
    /// <summary>
    /// mpy-cross runs with a small heap; a fold whose result does not fit fails there with
    /// MemoryError and is left unfolded. Measured: a 16,000,000-bit shift result still folds and a
    /// 17,000,000-bit one does not, so results beyond 2^24 bits are left unfolded.
    /// </summary>
    private const long MaxResultBits = 1L << 24;

    /// <summary>Applies a binary operator given by its token (<c>|</c> … <c>**</c>).</summary>
    public static bool TryBinary(TokenKind op, PyNumber lhs, PyNumber rhs, out PyNumber result)
    {
        result = default;
        if (!lhs.IsFloat && !rhs.IsFloat)
        {
            if (op == TokenKind.OpSlash)
            {
                if (rhs.Int.IsZero)
                {
                    return false;
                }

                // two small ints divide as doubles; otherwise both go through mpz_as_float
                var both = !lhs.IsMpz && !rhs.IsMpz;
                var l = both ? (double)(long)lhs.Int : PyNumber.MpzAsFloat(lhs.Int);
                var r = both ? (double)(long)rhs.Int : PyNumber.MpzAsFloat(rhs.Int);
                result = PyNumber.OfFloat(l / r);
                return true;
            }

            if (op == TokenKind.OpDblStar && rhs.Int.Sign < 0)
            {
                return TryFloat(op, lhs.AsFloat(), rhs.AsFloat(), out result);
            }

            if (!TryInt(op, lhs.Int, rhs.Int, out var value))
            {
                return false;
            }

            result = PyNumber.OfInt(value);
            return true;
        }

        return TryFloat(op, lhs.AsFloat(), rhs.AsFloat(), out result);
    }

    /// <summary>Applies a unary <c>+</c>, <c>-</c> or <c>~</c>.</summary>
    public static bool TryUnary(TokenKind op, PyNumber operand, out PyNumber result)
    {
        result = operand;
        switch (op)
        {
            case TokenKind.OpPlus:
                return true;
            case TokenKind.OpMinus when operand.IsFloat:
                result = PyNumber.OfFloat(-operand.Float);
                return true;
            case TokenKind.OpMinus:
                // negating a multi-precision int gives a multi-precision int, even if it would fit
                result = operand.IsMpz ? operand with { Int = -operand.Int } : PyNumber.OfInt(-operand.Int);
                return true;
            case TokenKind.OpTilde when !operand.IsFloat:
                result = operand.IsMpz ? operand with { Int = -operand.Int - 1 } : PyNumber.OfInt(-operand.Int - 1);
                return true;
            default:
                return false;
        }
    }

    private static bool TryInt(TokenKind op, BigInteger l, BigInteger r, out BigInteger value)
    {
        value = default;
        switch (op)
        {
            case TokenKind.OpPipe:
                value = l | r;
                return true;
            case TokenKind.OpCaret:
                value = l ^ r;
                return true;
            case TokenKind.OpAmpersand:
                value = l & r;
                return true;
            case TokenKind.OpDblLess:
                // a negative count raises ValueError, one beyond a machine word OverflowError
                if (r.Sign < 0 || r > long.MaxValue)
                {
                    return false;
                }

                if (l.IsZero)
                {
                    value = l;
                    return true;
                }

                if (r > MaxResultBits || l.GetBitLength() + (long)r > MaxResultBits)
                {
                    return false;
                }

                value = l << (int)r;
                return true;
            case TokenKind.OpDblMore:
                if (r.Sign < 0 || r > long.MaxValue)
                {
                    return false;
                }

                value = r > int.MaxValue ? (l.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero) : l >> (int)r;
                return true;
            case TokenKind.OpPlus:
                value = l + r;
                return true;
            case TokenKind.OpMinus:
                value = l - r;
                return true;
            case TokenKind.OpStar:
                if (l.GetBitLength() + r.GetBitLength() > MaxResultBits)
                {
                    return false;
                }

                value = l * r;
                return true;
            case TokenKind.OpDblSlash:
                if (r.IsZero)
                {
                    return false;
                }

                value = FloorDivide(l, r);
                return true;
            case TokenKind.OpPercent:
                if (r.IsZero)
                {
                    return false;
                }

                value = l - (FloorDivide(l, r) * r);
                return true;
            case TokenKind.OpDblStar:
                return TryPower(l, r, out value);
            default:
                // '@' has no meaning for numbers
                return false;
        }
    }

    private static bool TryPower(BigInteger l, BigInteger r, out BigInteger value)
    {
        if (l.IsZero || l.IsOne || r.IsZero)
        {
            value = r.IsZero ? BigInteger.One : l;
            return true;
        }

        if (l == BigInteger.MinusOne)
        {
            value = r.IsEven ? BigInteger.One : BigInteger.MinusOne;
            return true;
        }

        if (r > MaxResultBits || (l.GetBitLength() - 1) * (long)r > MaxResultBits)
        {
            value = default;
            return false;
        }

        value = BigInteger.Pow(l, (int)r);
        return true;
    }

    private static BigInteger FloorDivide(BigInteger l, BigInteger r)
    {
        var q = BigInteger.DivRem(l, r, out var rem);
        if (!rem.IsZero && (rem.Sign < 0) != (r.Sign < 0))
        {
            q -= 1;
        }

        return q;
    }

    private static bool TryFloat(TokenKind op, double l, double r, out PyNumber result)
    {
        result = default;
        double value;
        switch (op)
        {
            case TokenKind.OpPlus:
                value = l + r;
                break;
            case TokenKind.OpMinus:
                value = l - r;
                break;
            case TokenKind.OpStar:
                value = l * r;
                break;
            case TokenKind.OpSlash:
                if (r == 0)
                {
                    return false;
                }

                value = l / r;
                break;
            case TokenKind.OpDblSlash:
                if (r == 0)
                {
                    return false;
                }

                value = FloatFloorDivide(l, r);
                break;
            case TokenKind.OpPercent:
                if (r == 0)
                {
                    return false;
                }

                value = l % r;
                if (value == 0)
                {
                    value = Math.CopySign(0.0, r);
                }
                else if ((value < 0) != (r < 0))
                {
                    value += r;
                }

                break;
            case TokenKind.OpDblStar:
                if (l == 0 && r < 0 && !double.IsInfinity(r))
                {
                    return false;
                }

                if (l < 0 && r != Math.Floor(r) && !double.IsNaN(r))
                {
                    // the result would be complex, which the parser does not fold
                    return false;
                }

                value = Math.Pow(l, r);
                break;
            default:
                return false;
        }

        result = PyNumber.OfFloat(value);
        return true;
    }

    // the floor-division half of MicroPython's float divmod, which follows CPython's
    private static double FloatFloorDivide(double x, double y)
    {
        var mod = x % y;
        var div = (x - mod) / y;
        if (mod != 0 && (mod < 0) != (y < 0))
        {
            div -= 1.0;
        }

        if (div == 0)
        {
            return Math.CopySign(0.0, x / y);
        }

        var floor = Math.Floor(div);
        if (div - floor > 0.5)
        {
            floor += 1.0;
        }

        return floor;
    }
}
