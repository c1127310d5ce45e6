using System.Numerics;
using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime;

/// <summary>Integer helpers: Python ints are <see cref="long"/> when they fit and <see cref="BigInteger"/> beyond.</summary>
internal static class Ints
{
    public static bool IsInt(object o) => o is long or BigInteger or bool;

    public static object Norm(BigInteger v) => v >= long.MinValue && v <= long.MaxValue ? (object)(long)v : v;

    public static BigInteger Big(object o) => o switch
    {
        long l => l,
        BigInteger b => b,
        bool b => b ? 1 : 0,
        _ => throw Err.Type($"can't convert {Types.Of(o).Name} to int"),
    };

    public static long ToLong(object o) => o switch
    {
        long l => l,
        bool b => b ? 1 : 0,
        BigInteger => throw Err.Make(Types.OverflowError, "overflow converting long int to machine word"),
        PyInstance { Native: { } n } => ToLong(n),
        _ => throw Err.Type($"can't convert {Types.Of(o).Name} to int"),
    };

    public static int ToIndex(object o) => o switch
    {
        long or bool or BigInteger => (int)Math.Clamp(ToLong(o), int.MinValue, int.MaxValue),
        _ => throw Err.Type($"object '{Types.Of(o).Name}' isn't an integer"),
    };

    public static object Add(long a, long b)
    {
        var r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? (object)((BigInteger)a + b) : r;
    }

    public static object Sub(long a, long b)
    {
        var r = a - b;
        return ((a ^ b) & (a ^ r)) < 0 ? (object)((BigInteger)a - b) : r;
    }

    public static object Mul(long a, long b)
    {
        var hi = Math.BigMul(a, b, out var lo);
        return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0) ? lo : Norm((BigInteger)a * b);
    }

    public static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        if (b.IsZero)
        {
            throw Err.ZeroDivision();
        }

        var q = BigInteger.DivRem(a, b, out var r);
        return !r.IsZero && (r.Sign != b.Sign) ? q - 1 : q;
    }

    public static BigInteger Mod(BigInteger a, BigInteger b)
    {
        if (b.IsZero)
        {
            throw Err.ZeroDivision();
        }

        var r = BigInteger.Remainder(a, b);
        return !r.IsZero && (r.Sign != b.Sign) ? r + b : r;
    }

    public static object Binary(int op, BigInteger a, BigInteger b)
    {
        switch (op)
        {
            case BinOp.Or: return Norm(a | b);
            case BinOp.Xor: return Norm(a ^ b);
            case BinOp.And: return Norm(a & b);
            case BinOp.LShift:
                if (b.Sign < 0)
                {
                    throw Err.Value("negative shift count");
                }

                return Norm(a << (int)b);
            case BinOp.RShift:
                if (b.Sign < 0)
                {
                    throw Err.Value("negative shift count");
                }

                return Norm(b > 100000 ? (a.Sign < 0 ? -1 : 0) : a >> (int)b);
            case BinOp.Add: return Norm(a + b);
            case BinOp.Sub: return Norm(a - b);
            case BinOp.Mul: return Norm(a * b);
            case BinOp.FloorDiv: return Norm(FloorDiv(a, b));
            case BinOp.TrueDiv:
                if (b.IsZero)
                {
                    throw Err.ZeroDivision();
                }

                return (double)a / (double)b;
            case BinOp.Mod: return Norm(Mod(a, b));
            case BinOp.Pow:
                if (b.Sign < 0)
                {
                    if (a.IsZero)
                    {
                        throw Err.ZeroDivision("0.0 to a negative power");
                    }

                    return Math.Pow((double)a, (double)b);
                }

                return Norm(BigInteger.Pow(a, (int)b));
            case BinOp.DivMod:
                return new PyTuple([Norm(FloorDiv(a, b)), Norm(Mod(a, b))]);
            default:
                return PySingleton.NotImplemented;
        }
    }

    public static object Compare(int op, BigInteger a, BigInteger b) => op switch
    {
        BinOp.Less => a < b,
        BinOp.More => a > b,
        BinOp.Equal => a == b,
        BinOp.LessEqual => a <= b,
        BinOp.MoreEqual => a >= b,
        BinOp.NotEqual => a != b,
        _ => PySingleton.NotImplemented,
    };

    /// <summary>Parses an int literal the way int(str, base) does.</summary>
    public static object Parse(string text, int radix)
    {
        var s = text.Trim();
        var neg = false;
        if (s.StartsWith('-') || s.StartsWith('+'))
        {
            neg = s[0] == '-';
            s = s[1..];
        }

        if (radix == 0 && s.Length > 1 && s[0] == '0' && char.IsAsciiDigit(s[1]) && s.TrimStart('0').Length > 0)
        {
            // Base 0 reads literals as the compiler does: 08 is not an int literal.
            throw Err.Value("invalid syntax for integer with base 0");
        }

        if (radix == 0 || radix == 16 || radix == 8 || radix == 2)
        {
            var lower = s.ToLowerInvariant();
            var (prefix, r) = lower.StartsWith("0x") ? ("0x", 16) : lower.StartsWith("0o") ? ("0o", 8) : lower.StartsWith("0b") ? ("0b", 2) : ("", radix == 0 ? 10 : radix);
            if (prefix.Length > 0 && (radix == 0 || radix == r))
            {
                s = s[2..].StartsWith('_') ? s[3..] : s[2..];
                radix = r;
            }
            else if (radix == 0)
            {
                radix = 10;
            }
        }

        BigInteger v = 0;
        var any = false;
        var lastUnderscore = true;
        foreach (var c in s)
        {
            if (c == '_' && !lastUnderscore)
            {
                lastUnderscore = true;
                continue;
            }

            var d = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
            if (d >= radix)
            {
                throw Err.Value($"invalid syntax for integer with base {radix}");
            }

            v = v * radix + d;
            any = true;
            lastUnderscore = false;
        }

        if (!any || lastUnderscore)
        {
            throw Err.Value($"invalid syntax for integer with base {radix}");
        }

        return Norm(neg ? -v : v);
    }
}

/// <summary>The binary operator numbers the bytecode uses.</summary>
internal static class BinOp
{
    public const int Less = 0;
    public const int More = 1;
    public const int Equal = 2;
    public const int LessEqual = 3;
    public const int MoreEqual = 4;
    public const int NotEqual = 5;
    public const int In = 6;
    public const int Is = 7;
    public const int ExceptionMatch = 8;
    public const int InplaceOr = 9;
    public const int Or = 22;
    public const int Xor = 23;
    public const int And = 24;
    public const int LShift = 25;
    public const int RShift = 26;
    public const int Add = 27;
    public const int Sub = 28;
    public const int Mul = 29;
    public const int MatMul = 30;
    public const int FloorDiv = 31;
    public const int TrueDiv = 32;
    public const int Mod = 33;
    public const int Pow = 34;
    public const int DivMod = 35;

    private static readonly string[] Names =
    [
        "__lt__", "__gt__", "__eq__", "__le__", "__ge__", "__ne__", "__contains__", "is", "exception match",
        "__ior__", "__ixor__", "__iand__", "__ilshift__", "__irshift__", "__iadd__", "__isub__", "__imul__", "__imatmul__",
        "__ifloordiv__", "__itruediv__", "__imod__", "__ipow__",
        "__or__", "__xor__", "__and__", "__lshift__", "__rshift__", "__add__", "__sub__", "__mul__", "__matmul__",
        "__floordiv__", "__truediv__", "__mod__", "__pow__", "__divmod__",
    ];

    public static string Name(int op) => Names[op];

    public static string ReverseName(int op) => "__r" + Names[op][2..];
}
