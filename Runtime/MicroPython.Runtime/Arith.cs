using System.Numerics;
using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime;

/// <summary>Binary operators on built-in values; NotImplemented when the pair is not supported.</summary>
internal static class Arith
{
    public static object Binary(int op, object a, object b)
    {
        if (a is long x && b is long y)
        {
            switch (op)
            {
                case BinOp.Add: return Ints.Add(x, y);
                case BinOp.Sub: return Ints.Sub(x, y);
                case BinOp.Mul: return Ints.Mul(x, y);
                case BinOp.And: return x & y;
                case BinOp.Or: return x | y;
                case BinOp.Xor: return x ^ y;
                case BinOp.FloorDiv when y != 0 && !(x == long.MinValue && y == -1):
                    {
                        var q = x / y;
                        return (x % y != 0) && ((x < 0) != (y < 0)) ? q - 1 : q;
                    }

                case BinOp.Mod when y != 0:
                    {
                        var r = x % y;
                        return r != 0 && ((r < 0) != (y < 0)) ? r + y : r;
                    }
            }
        }

        if (Ints.IsInt(a) && Ints.IsInt(b))
        {
            return FloatPolicy.Round(Ints.Binary(op, Ints.Big(a), Ints.Big(b)));
        }

        if (a is PyComplex || b is PyComplex)
        {
            return Ops.IsNumber(a) && Ops.IsNumber(b) ? Complexes.Binary(op, a, b) : PySingleton.NotImplemented;
        }

        if ((a is double && Ops.IsNumber(b)) || (b is double && Ops.IsNumber(a)))
        {
            return FloatPolicy.Round(Floats.Binary(op, FloatPolicy.Round(Floats.ToDouble(a)), FloatPolicy.Round(Floats.ToDouble(b))));
        }

        switch (a)
        {
            case string s:
                if (op == BinOp.Add && b is string t)
                {
                    return s + t;
                }

                if (op == BinOp.Mul && Ints.IsInt(b))
                {
                    return Repeat(s, Ints.ToLong(b));
                }

                if (op == BinOp.Mod)
                {
                    return PercentFormat.Format(s, b);
                }

                break;
            case PyBytes bs:
                if (op == BinOp.Add && b is PyBytes or PyByteArray)
                {
                    return new PyBytes([.. bs.Data, .. Seq.Bytes(b)]);
                }

                if (op == BinOp.Mul && Ints.IsInt(b))
                {
                    return new PyBytes(RepeatArr(bs.Data, Ints.ToLong(b)));
                }

                if (op == BinOp.Mod)
                {
                    {
                        // %s of a bytes argument inserts its raw bytes, so format over Latin-1 text.
                        static object Raw(object x) => x is PyBytes or PyByteArray ? System.Text.Encoding.Latin1.GetString(Seq.Bytes(x)) : x;
                        var args = b is PyTuple tb ? new PyTuple([.. tb.Items.Select(Raw)]) : Raw(b);
                        return new PyBytes(System.Text.Encoding.Latin1.GetBytes(PercentFormat.Format(System.Text.Encoding.Latin1.GetString(bs.Data), args)));
                    }
                }

                break;
            case PyByteArray ba:
                if (op == BinOp.Add && b is PyBytes or PyByteArray)
                {
                    return new PyByteArray([.. ba.Data, .. Seq.Bytes(b)]);
                }

                if (op == BinOp.Mul && Ints.IsInt(b))
                {
                    return new PyByteArray(RepeatArr([.. ba.Data], Ints.ToLong(b)));
                }

                break;
            case PyList l:
                if (op == BinOp.Add && b is PyList m)
                {
                    return new PyList([.. l.Items, .. m.Items]);
                }

                if (op == BinOp.Mul && Ints.IsInt(b))
                {
                    return new PyList(RepeatArr([.. l.Items], Ints.ToLong(b)));
                }

                break;
            case PyTuple tu:
                if (op == BinOp.Add && b is PyTuple tv)
                {
                    return new PyTuple([.. tu.Items, .. tv.Items]);
                }

                if (op == BinOp.Mul && Ints.IsInt(b))
                {
                    return new PyTuple(RepeatArr(tu.Items, Ints.ToLong(b)));
                }

                break;
            case PySet sa when b is PySet sb:
                return SetOp(op, sa, sb);
            case PyDict da when b is PyDict db && op == BinOp.Or:
                {
                    var r = new PyDict();
                    foreach (var e in da.Table.Entries().Concat(db.Table.Entries()))
                    {
                        r[e.Key] = e.Value;
                    }

                    return r;
                }
        }

        if (op == BinOp.Mul && Ints.IsInt(a) && b is string or PyList or PyTuple or PyBytes or PyByteArray)
        {
            return Binary(op, b, a);
        }

        return PySingleton.NotImplemented;
    }

    private static object SetOp(int op, PySet a, PySet b)
    {
        IEnumerable<object> items = op switch
        {
            BinOp.Or => a.Items.Concat(b.Items),
            BinOp.And => a.Items.Where(b.Table.Contains),
            BinOp.Sub => a.Items.Where(i => !b.Table.Contains(i)),
            BinOp.Xor => a.Items.Where(i => !b.Table.Contains(i)).Concat(b.Items.Where(i => !a.Table.Contains(i))),
            _ => [],
        };
        if (op is not (BinOp.Or or BinOp.And or BinOp.Sub or BinOp.Xor))
        {
            return PySingleton.NotImplemented;
        }

        var r = new PySet(0, a.Frozen);
        foreach (var i in items.ToList())
        {
            r.Add(i);
        }

        return r;
    }

    // A repeat the board's heap cannot hold fails as the device would: out of memory.
    private static string Repeat(string s, long n)
    {
        if (n <= 0 || s.Length == 0)
        {
            return "";
        }

        HeapBudget.AllocateText(n > long.MaxValue / s.Length ? long.MaxValue - 1 : s.Length * n);
        return string.Concat(Enumerable.Repeat(s, (int)n));
    }

    private static T[] RepeatArr<T>(T[] items, long n)
    {
        if (n <= 0)
        {
            return [];
        }

        // Bytes end in a zero on the device, as strings do; other items are a word each.
        var isBytes = typeof(T) == typeof(byte);
        var r = new T[items.Length * HeapBudget.AllocateItems(n, (long)items.Length * (isBytes ? 1 : HeapBudget.WordBytes), isBytes ? 1 : 0)];
        for (var i = 0; i < n; i++)
        {
            items.CopyTo(r, i * items.Length);
        }

        return r;
    }
}

/// <summary>Float arithmetic with MicroPython's rules and messages.</summary>
internal static class Floats
{
    public static double ToDouble(object o) => o switch
    {
        double d => d,
        long l => l,
        bool b => b ? 1 : 0,
        BigInteger bi => (double)bi,
        PyInstance { Native: { } n } => ToDouble(n),
        _ => throw Err.Type($"can't convert {Types.Of(o).Name} to float"),
    };

    public static object Binary(int op, double a, double b)
    {
        switch (op)
        {
            case BinOp.Add: return a + b;
            case BinOp.Sub: return a - b;
            case BinOp.Mul: return a * b;
            case BinOp.TrueDiv:
                return b == 0 ? throw Err.ZeroDivision() : a / b;
            case BinOp.FloorDiv:
                if (b == 0)
                {
                    throw Err.ZeroDivision();
                }

                return FloorDivMod(a, b).Div;
            case BinOp.Mod:
                if (b == 0)
                {
                    throw Err.ZeroDivision();
                }

                return FloorDivMod(a, b).Mod;
            case BinOp.DivMod:
                if (b == 0)
                {
                    throw Err.ZeroDivision();
                }

                var (d, m) = FloorDivMod(a, b);
                return new PyTuple([d, m]);
            case BinOp.Pow:
                if (a == 0 && b < 0)
                {
                    throw Err.ZeroDivision("0.0 to a negative power");
                }

                if (a < 0 && b != Math.Floor(b))
                {
                    return Complexes.Pow(new PyComplex(a, 0), new PyComplex(b, 0));
                }

                return Math.Pow(a, b);
            default:
                return PySingleton.NotImplemented;
        }
    }

    private static (double Div, double Mod) FloorDivMod(double a, double b)
    {
        var mod = a % b;
        var div = (a - mod) / b;
        if (mod != 0)
        {
            if ((b < 0) != (mod < 0))
            {
                mod += b;
                div -= 1;
            }
        }
        else
        {
            mod = b < 0 ? -0.0 : 0.0;
        }

        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5)
            {
                floordiv += 1;
            }
        }
        else
        {
            floordiv = a / b < 0 ? -0.0 : 0.0;
        }

        return (floordiv, mod);
    }
}

/// <summary>Complex arithmetic.</summary>
internal static class Complexes
{
    public static (double Re, double Im) Parts(object o) => o is PyComplex c ? (c.Real, c.Imag) : (Floats.ToDouble(o), 0);

    public static object Binary(int op, object a, object b)
    {
        var (ar, ai) = Parts(a);
        var (br, bi) = Parts(b);
        switch (op)
        {
            case BinOp.Add: return new PyComplex(ar + br, ai + bi);
            case BinOp.Sub: return new PyComplex(ar - br, ai - bi);
            case BinOp.Mul: return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
            case BinOp.TrueDiv:
                {
                    if (br == 0 && bi == 0)
                    {
                        throw Err.ZeroDivision("complex divide by zero");
                    }

                    var den = br * br + bi * bi;
                    return new PyComplex((ar * br + ai * bi) / den, (ai * br - ar * bi) / den);
                }

            case BinOp.Pow: return Pow(new PyComplex(ar, ai), new PyComplex(br, bi));
            default: return PySingleton.NotImplemented;
        }
    }

    public static PyComplex Pow(PyComplex a, PyComplex b)
    {
        if (b.Real == 0 && b.Imag == 0)
        {
            return new PyComplex(1, 0);
        }

        if (a.Real == 0 && a.Imag == 0)
        {
            if (b.Imag != 0 || b.Real < 0)
            {
                throw Err.ZeroDivision("0.0 to a complex power");
            }

            return new PyComplex(0, 0);
        }

        var lnR = Math.Log(Math.Sqrt(a.Real * a.Real + a.Imag * a.Imag));
        var th = Math.Atan2(a.Imag, a.Real);
        var x3 = b.Real * lnR - b.Imag * th;
        var y3 = b.Imag * lnR + b.Real * th;
        var mag = Math.Exp(x3);
        return new PyComplex(mag * Math.Cos(y3), mag * Math.Sin(y3));
    }
}
