using System.Numerics;
using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime;

/// <summary>Truth, hashing, equality and the unary and binary operators.</summary>
internal static class Ops
{
    public static readonly object None = PySingleton.None;

    public static bool Truth(object o)
    {
        switch (o)
        {
            case bool b: return b;
            case long l: return l != 0;
            case BigInteger bi: return !bi.IsZero;
            case string s: return s.Length > 0;
            case double d: return d != 0;
            case PySingleton s: return s != PySingleton.None;
            case PyList l: return l.Items.Count > 0;
            case PyTuple t: return t.Items.Length > 0;
            case PyDict d: return d.Count > 0;
            case PySet s: return s.Table.Count > 0;
            case PyBytes b: return b.Data.Length > 0;
            case PyByteArray b: return b.Data.Count > 0;
            case PyRange r: return r.Length > 0;
            case PyComplex c: return c.Real != 0 || c.Imag != 0;
            case PyInstance inst:
                if (inst.Class.Lookup("__bool__") is { } fb)
                {
                    return Truth(Calls.CallMethod(fb, inst, []));
                }

                if (inst.Class.Lookup("__len__") is { } fl)
                {
                    return Ints.ToLong(Calls.CallMethod(fl, inst, [])) != 0;
                }

                return inst.Native is null || Truth(inst.Native);
            default: return true;
        }
    }

    public static long Hash(object o)
    {
        switch (o)
        {
            case long l: return l;
            case bool b: return b ? 1 : 0;
            case BigInteger bi: return (long)(ulong)(bi & ulong.MaxValue);
            case string s: return StrHash(s);
            case PyBytes b: return StrHash(b.Data);
            case double d: return FloatHash(d);
            case PyTuple t:
                {
                    long h = 0x5a5a5a5a;
                    foreach (var item in t.Items)
                    {
                        h = unchecked(h + Hash(item));
                    }

                    return h;
                }

            case PySet { Frozen: true } fs:
                {
                    long h = 0;
                    foreach (var item in fs.Items)
                    {
                        h ^= Hash(item);
                    }

                    return h;
                }

            case PyList or PyDict or PySet or PyByteArray:
                throw Err.Type($"unsupported type for __hash__: '{Types.Of(o).Name}'");
            case PyInstance inst:
                if (inst.Class.Lookup("__hash__") is { } fh && fh != None)
                {
                    return Ints.ToLong(Calls.CallMethod(fh, inst, []));
                }

                if (inst.Class.Lookup("__eq__") is not null && inst.Class.Lookup("__hash__") is null && inst.Native is null)
                {
                    return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(o);
                }

                return inst.Native is { } n ? Hash(n) : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(o);
            default:
                return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(o);
        }
    }

    /// <summary><see cref="StrHash(ReadOnlySpan{byte})"/> of a string's UTF-8 bytes; an ASCII string (every name) is hashed from its characters.</summary>
    public static long StrHash(string s)
    {
        ulong h = 5381;
        foreach (var c in s)
        {
            if (c >= 0x80)
            {
                return StrHash(System.Text.Encoding.UTF8.GetBytes(s));
            }

            h = unchecked((h << 5) + h) ^ c;
        }

        h &= 0xffff;
        return h == 0 ? 1 : (long)h;
    }

    /// <summary>The reference's string hash: djb2 over the UTF-8 bytes, kept to 16 bits, never 0.</summary>
    public static long StrHash(ReadOnlySpan<byte> data)
    {
        ulong h = 5381;
        foreach (var b in data)
        {
            h = unchecked((h << 5) + h) ^ b;
        }

        h &= 0xffff;
        return h == 0 ? 1 : (long)h;
    }

    private static long FloatHash(double d)
    {
        var bits = BitConverter.DoubleToInt64Bits(d);
        var exp = (int)((bits >> 52) & 0x7ff) - 1023;
        long val;
        if (exp < 0)
        {
            val = bits & long.MaxValue;
        }
        else
        {
            var frc = (bits & 0xfffffffffffffL) | (1L << 52);
            if (exp <= 52)
            {
                val = (frc >> (52 - exp)) ^ (frc & ((1L << (52 - exp)) - 1));
            }
            else if (exp < 63)
            {
                val = frc << (exp - 52);
            }
            else
            {
                val = frc;
            }
        }

        return bits < 0 ? unchecked(-val) : val;
    }

    public static bool KeyEquals(object a, object b) => ReferenceEquals(a, b) || Equal(a, b);

    public static bool Equal(object a, object b)
    {
        // As MicroPython: a NaN is not equal to itself, and a user class's __eq__ is asked even about itself.
        if (ReferenceEquals(a, b) && a is not double && a is not PyInstance && a is not PyComplex)
        {
            return true;
        }

        switch (a)
        {
            case long x when b is long y: return x == y;
            case string s when b is string t: return s == t;
        }

        if (IsNumber(a) && IsNumber(b))
        {
            return NumEqual(a, b);
        }

        if (a is PyInstance || b is PyInstance)
        {
            var r = UserCompare(BinOp.Equal, a, b);
            if (r is not null)
            {
                return Truth(r);
            }

            return (a is PyInstance { Native: { } na } && b is not PyInstance && Equal(na, b))
                || (b is PyInstance { Native: { } nb } && a is not PyInstance && Equal(a, nb));
        }

        switch (a)
        {
            case PyBytes x when b is PyBytes y: return x.Data.AsSpan().SequenceEqual(y.Data);
            case PyByteArray x when b is PyByteArray or PyBytes: return Seq.Bytes(x).AsSpan().SequenceEqual(Seq.Bytes(b));
            case PyBytes x when b is PyByteArray y: return x.Data.AsSpan().SequenceEqual(Seq.Bytes(y));
            case PyTuple x when b is PyTuple y: return ListEqual(x.Items, y.Items);
            case PyList x when b is PyList y: return ListEqual(x.Items, y.Items);
            case PyDict x when b is PyDict y:
                if (x.Count != y.Count)
                {
                    return false;
                }

                using (NestingGuard.Enter())
                {
                    foreach (var e in x.Table.Entries())
                    {
                        if (y.Table.Get(e.Key) is not { } v || !Equal(e.Value!, v))
                        {
                            return false;
                        }
                    }
                }

                return true;
            case PySet x when b is PySet y:
                return x.Table.Count == y.Table.Count && x.Items.All(y.Table.Contains);
            case PySlice x when b is PySlice y:
                return Equal(x.Start, y.Start) && Equal(x.Stop, y.Stop) && Equal(x.Step, y.Step);
            case PyBoundMethod x when b is PyBoundMethod y:
                return Equal(x.Self, y.Self) && ReferenceEquals(x.Function, y.Function);
            case PyType:
                return false;
        }

        return false;
    }

    private static bool ListEqual(IList<object> a, IList<object> b)
    {
        using var nesting = NestingGuard.Enter();
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!KeyEquals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsNumber(object o) => o is long or BigInteger or bool or double or PyComplex;

    private static bool NumEqual(object a, object b)
    {
        if (a is PyComplex || b is PyComplex)
        {
            var (ar, ai) = Complexes.Parts(a);
            var (br, bi) = Complexes.Parts(b);
            return ar == br && ai == bi;
        }

        if (a is double || b is double)
        {
            if (a is BigInteger ba && b is double db)
            {
                return double.IsFinite(db) && Math.Floor(db) == db && new BigInteger(db) == ba;
            }

            if (b is BigInteger bb && a is double da)
            {
                return double.IsFinite(da) && Math.Floor(da) == da && new BigInteger(da) == bb;
            }

            return Floats.ToDouble(a) == Floats.ToDouble(b);
        }

        return Ints.Big(a) == Ints.Big(b);
    }

    /// <summary>Calls a user class's comparison method (or its reflection); null when neither side implements it.</summary>
    private static object? UserCompare(int op, object a, object b)
    {
        if (a is PyInstance ia && ia.Class.Lookup(BinOp.Name(op)) is { } f)
        {
            var r = Calls.CallMethod(f, ia, [b]);
            if (r != PySingleton.NotImplemented)
            {
                return r;
            }
        }

        // MicroPython reflects only equality: b > a never falls back to a.__lt__(b).
        if (op is BinOp.Equal or BinOp.NotEqual && b is PyInstance ib && ib.Class.Lookup(BinOp.Name(op)) is { } g)
        {
            var r = Calls.CallMethod(g, ib, [a]);
            if (r != PySingleton.NotImplemented)
            {
                return r;
            }
        }

        if (op == BinOp.NotEqual && a is PyInstance ia2 && ia2.Class.Lookup("__eq__") is { } eq)
        {
            var r = Calls.CallMethod(eq, ia2, [b]);
            if (r != PySingleton.NotImplemented)
            {
                return !Truth(r);
            }
        }

        return null;
    }

    public static bool Is(object a, object b) => a switch
    {
        long x => b is long y && x == y,
        bool x => b is bool y && x == y,
        string x => b is string y && x == y,
        _ => ReferenceEquals(a, b),
    };

    public static object Binary(int op, object a, object b)
    {
        switch (op)
        {
            case BinOp.Is: return Is(a, b);
            case BinOp.In: return Seq.Contains(b, a);
            case BinOp.ExceptionMatch: return Builtins.BuiltinFunctions.IsInstanceOf(a is PyType ? a : Types.Of(a), b, a is PyType);
            case BinOp.Equal: return Equal(a, b);
            case BinOp.NotEqual:
                if (a is PyInstance || b is PyInstance)
                {
                    var r = UserCompare(BinOp.NotEqual, a, b);
                    return r is null ? !Equal(a, b) : Truth(r);
                }

                return !Equal(a, b);
            case BinOp.Less or BinOp.More or BinOp.LessEqual or BinOp.MoreEqual:
                return Compare(op, a, b);
        }

        if (op >= BinOp.InplaceOr && op < BinOp.Or)
        {
            return Inplace(op, a, b);
        }

        if (a is string fmt && op == BinOp.Mod)
        {
            return PercentFormat.Format(fmt, b);
        }

        if (a is PyInstance || b is PyInstance)
        {
            return UserBinary(op, a, b, inplace: false);
        }

        var res = Arith.Binary(op, a, b);
        return res != PySingleton.NotImplemented ? res : throw Err.Unsupported(BinOp.Name(op), a, b);
    }

    private static object Inplace(int op, object a, object b)
    {
        var plain = op - BinOp.InplaceOr + BinOp.Or;
        if (a is PyInstance)
        {
            return UserBinary(plain, a, b, inplace: true);
        }

        switch (a)
        {
            case PyList l when plain == BinOp.Add:
                l.Items.AddRange(Seq.ToList(b));
                return l;
            case PyList l when plain == BinOp.Mul:
                return Arith.Binary(plain, a, b);
            case PyByteArray ba when plain == BinOp.Add:
                ba.Data.AddRange(Seq.Bytes(b));
                return ba;
            case PySet { Frozen: false } s when b is PySet && plain is BinOp.Or or BinOp.And or BinOp.Sub or BinOp.Xor:
                {
                    var r = (PySet)Arith.Binary(plain, a, b);
                    s.Table.Clear();
                    foreach (var item in r.Items)
                    {
                        s.Add(item);
                    }

                    return s;
                }
        }

        return Binary(plain, a, b);
    }

    private static object UserBinary(int op, object a, object b, bool inplace)
    {
        if (a is PyInstance ia)
        {
            if (inplace && ia.Class.Lookup("__i" + BinOp.Name(op)[2..]) is { } fi)
            {
                var r = Calls.CallMethod(fi, ia, [b]);
                if (r != PySingleton.NotImplemented)
                {
                    return r;
                }
            }

            if (ia.Class.Lookup(BinOp.Name(op)) is { } f)
            {
                var r = Calls.CallMethod(f, ia, [b]);
                if (r != PySingleton.NotImplemented)
                {
                    return r;
                }
            }
        }

        if (b is PyInstance ib && ib.Class.Lookup(BinOp.ReverseName(op)) is { } g)
        {
            var r = Calls.CallMethod(g, ib, [a]);
            if (r != PySingleton.NotImplemented)
            {
                return r;
            }
        }

        var na = a is PyInstance { Native: { } x } ? x : a;
        var nb = b is PyInstance { Native: { } y } ? y : b;
        if (na is not PyInstance && nb is not PyInstance)
        {
            var res = Arith.Binary(op, na, nb);
            if (res != PySingleton.NotImplemented)
            {
                return res;
            }
        }

        throw Err.Unsupported(BinOp.Name(inplace ? op - BinOp.Or + BinOp.InplaceOr : op), a, b);
    }

    public static object Compare(int op, object a, object b)
    {
        if (a is PyInstance || b is PyInstance)
        {
            var r = UserCompare(op, a, b);
            if (r is not null)
            {
                return r;
            }

            throw Err.Unsupported(BinOp.Name(op), a, b);
        }

        if (IsNumber(a) && IsNumber(b) && a is not PyComplex && b is not PyComplex)
        {
            if (a is double || b is double)
            {
                var x = Floats.ToDouble(a);
                var y = Floats.ToDouble(b);
                return op switch
                {
                    BinOp.Less => x < y,
                    BinOp.More => x > y,
                    BinOp.LessEqual => x <= y,
                    _ => x >= y,
                };
            }

            if (a is long la && b is long lb)
            {
                return op switch
                {
                    BinOp.Less => la < lb,
                    BinOp.More => la > lb,
                    BinOp.LessEqual => la <= lb,
                    _ => la >= lb,
                };
            }

            return Ints.Compare(op, Ints.Big(a), Ints.Big(b));
        }

        int c;
        switch (a)
        {
            case string s when b is string t:
                c = string.CompareOrdinal(s, t);
                break;
            case PyBytes or PyByteArray when b is PyBytes or PyByteArray:
                c = Seq.Bytes(a).AsSpan().SequenceCompareTo(Seq.Bytes(b));
                break;
            case PyTuple x when b is PyTuple y:
                return SeqCompare(op, x.Items, y.Items);
            case PyList x when b is PyList y:
                return SeqCompare(op, x.Items, y.Items);
            case PySet x when b is PySet y:
                {
                    var sub = x.Items.All(y.Table.Contains);
                    var sup = y.Items.All(x.Table.Contains);
                    return op switch
                    {
                        BinOp.Less => sub && x.Table.Count < y.Table.Count,
                        BinOp.LessEqual => sub,
                        BinOp.More => sup && x.Table.Count > y.Table.Count,
                        _ => sup,
                    };
                }

            default:
                throw Err.Unsupported(BinOp.Name(op), a, b);
        }

        return op switch
        {
            BinOp.Less => c < 0,
            BinOp.More => c > 0,
            BinOp.LessEqual => c <= 0,
            _ => c >= 0,
        };
    }

    private static bool SeqCompare(int op, IList<object> a, IList<object> b)
    {
        using var nesting = NestingGuard.Enter();
        var n = Math.Min(a.Count, b.Count);
        for (var i = 0; i < n; i++)
        {
            if (!Equal(a[i], b[i]))
            {
                return Truth(Compare(op, a[i], b[i]));
            }
        }

        return op switch
        {
            BinOp.Less => a.Count < b.Count,
            BinOp.More => a.Count > b.Count,
            BinOp.LessEqual => a.Count <= b.Count,
            _ => a.Count >= b.Count,
        };
    }

    public static bool Less(object a, object b) => Truth(Compare(BinOp.Less, a, b));

    public static object Unary(int op, object a)
    {
        if (op == 3)
        {
            return !Truth(a);
        }

        string[] names = ["__pos__", "__neg__", "__invert__"];
        switch (a)
        {
            case long l:
                return op switch { 0 => l, 1 => l == long.MinValue ? -(BigInteger)l : -l, _ => ~l };
            case bool b:
                return op switch { 0 => b ? 1L : 0L, 1 => b ? -1L : 0L, _ => b ? -2L : -1L };
            case BigInteger bi:
                return Ints.Norm(op switch { 0 => bi, 1 => -bi, _ => -bi - 1 });
            case double d when op < 2:
                return op == 0 ? d : -d;
            case PyComplex c when op < 2:
                return op == 0 ? c : new PyComplex(-c.Real, -c.Imag);
            case PyInstance inst when inst.Class.Lookup(names[op]) is { } f:
                return Calls.CallMethod(f, inst, []);
        }

        throw Err.Type($"unsupported type for {names[op]}: '{Types.Of(a).Name}'");
    }
}
