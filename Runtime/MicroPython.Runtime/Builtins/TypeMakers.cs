using System.Numerics;
using System.Text;
using MicroPython.Bytecode.Numerics;
using MicroPython.Runtime.Objects;
using static MicroPython.Runtime.Builtins.Args;

namespace MicroPython.Runtime.Builtins;

/// <summary>Constructors of the built-in types and the methods of object, type, int, float and generators.</summary>
internal static class TypeMakers
{
    public static void Install()
    {
        Types.Object.Maker = (cls, a, kw) => ReferenceEquals(cls, Types.Object) ? new PyInstance(Types.Object) : Calls.NewInstance(cls, a, kw);
        Def(Types.Object, "__init__", (a, _) => Ops.None);
        Def(Types.Object, "__delattr__", a =>
        {
            if (a[0] is PyInstance i && i.Dict.Table.Remove(Str(a[1]), out _))
            {
                return Ops.None;
            }

            throw Err.NoAttribute(a[0], Str(a[1]));
        });
        Def(Types.Object, "__new__", (a, kw) => a[0] is PyType t ? Calls.NewInstance(t, [.. a.Skip(1)], kw) : throw Err.Type("object.__new__(X): X is not a type"));
        Def(Types.Object, "__setattr__", a =>
        {
            if (a[0] is PyInstance i)
            {
                i.Dict[Str(a[1])] = a[2];
                return Ops.None;
            }

            throw Err.NoAttribute(a[0], Str(a[1]));
        });
        Def(Types.Object, "__getattribute__", a => Attr.Get(a[0], Str(a[1])));
        Def(Types.Object, "__eq__", a => ReferenceEquals(a[0], a[1]) ? true : PySingleton.NotImplemented);
        Def(Types.Object, "__ne__", a => ReferenceEquals(a[0], a[1]) ? false : PySingleton.NotImplemented);
        Def(Types.Object, "__hash__", a => (long)System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(a[0]));
        Def(Types.Object, "__repr__", a => $"<{Types.Of(a[0]).Name} object at {Repr.Id(a[0]):x}>");
        Def(Types.Object, "__str__", a => Repr.Str(a[0]));
        Def(Types.Object, "__init_subclass__", a => Ops.None);

        Types.TypeType.Maker = (cls, a, kw) => a.Length switch
        {
            1 => Types.Of(a[0]),
            3 => MakeType(a),
            _ => throw Err.Type("type() takes 1 or 3 arguments"),
        };
        Def(Types.TypeType, "mro", a => new PyList(Mro((PyType)a[0])));

        Types.Int.Maker = (cls, a, kw) => Wrap(cls, Types.Int, MakeInt(a));
        Def(Types.Int, "to_bytes", (a, kw) => ToBytes(a, kw));
        Def(Types.Int, "from_bytes", (a, kw) => FromBytes(a, kw));
        Types.Int.Dict["from_bytes"] = new PyStaticMethod(Types.Int.Dict.Table.Get("from_bytes")!);
        Types.Bool.Maker = (cls, a, kw) => a.Length > 0 && Ops.Truth(a[0]);
        Types.Float.Maker = (cls, a, kw) => Wrap(cls, Types.Float, MakeFloat(a));
        Def(Types.Float, "is_integer", a => Floats.ToDouble(a[0]) is var d && double.IsFinite(d) && Math.Floor(d) == d);
        Types.Complex.Maker = (cls, a, kw) => MakeComplex(a);
        Types.Str.Maker = (cls, a, kw) => Wrap(cls, Types.Str, MakeStr(a));
        Types.Bytes.Maker = (cls, a, kw) => new PyBytes(MakeBytes(a));
        Types.ByteArray.Maker = (cls, a, kw) => new PyByteArray(MakeBytes(a));
        Types.List.Maker = (cls, a, kw) => Wrap(cls, Types.List, new PyList(a.Length > 0 ? Seq.ToList(a[0]) : []));
        Types.Tuple.Maker = (cls, a, kw) => Wrap(cls, Types.Tuple, a.Length > 0 ? (a[0] is PyTuple t ? t : new PyTuple([.. Seq.ToList(a[0])])) : PyTuple.Empty);
        Types.Dict.Maker = (cls, a, kw) => Wrap(cls, Types.Dict, CollectionMethods.MakeDict(a, kw, false));
        Types.OrderedDict.Maker = (cls, a, kw) => CollectionMethods.MakeDict(a, kw, true);
        Types.Set.Maker = (cls, a, kw) => Wrap(cls, Types.Set, MakeSet(a, false));
        Types.FrozenSet.Maker = (cls, a, kw) => MakeSet(a, true);
        Types.Range.Maker = (cls, a, kw) => MakeRange(a);
        Types.Slice.Maker = (cls, a, kw) => a.Length == 1 ? new PySlice(Ops.None, a[0], Ops.None) : new PySlice(a[0], a[1], Opt(a, 2, Ops.None));
        Types.StaticMethod.Maker = (cls, a, kw) => new PyStaticMethod(a[0]);
        Types.ClassMethod.Maker = (cls, a, kw) => new PyClassMethod(a[0]);
        Types.Property.Maker = (cls, a, kw) => new PyProperty(Kw(kw, "fget") ?? Opt(a, 0, Ops.None), Kw(kw, "fset") ?? Opt(a, 1, Ops.None), Kw(kw, "fdel") ?? Opt(a, 2, Ops.None));
        Def(Types.Property, "setter", a => new PyProperty(((PyProperty)a[0]).Getter, a[1], ((PyProperty)a[0]).Deleter));
        Def(Types.Property, "getter", a => new PyProperty(a[1], ((PyProperty)a[0]).Setter, ((PyProperty)a[0]).Deleter));
        Def(Types.Property, "deleter", a => new PyProperty(((PyProperty)a[0]).Getter, ((PyProperty)a[0]).Setter, a[1]));
        Types.Super.Maker = (cls, a, kw) => a.Length == 2 && a[0] is PyType t ? new PySuper(t, a[1]) : throw Err.Type("super() needs 2 arguments here");

        foreach (var et in Types.ExceptionTypes)
        {
            et.Maker = (cls, a, kw) => new PyExceptionObject(cls, a.Length == 0 ? PyTuple.Empty : new PyTuple(a));
        }

        Def(Types.BaseException, "__init__", a =>
        {
            if (a[0] is PyExceptionObject e)
            {
                e.Args = new PyTuple([.. a.Skip(1)]);
            }

            return Ops.None;
        });
        Def(Types.BaseException, "with_traceback", a => a[0]);

        Def(Types.Generator, "send", a => GenResume(a[0], a[1], null));
        Def(Types.Generator, "__next__", a => GenResume(a[0], Ops.None, null));
        Def(Types.Generator, "throw", a => GenResume(a[0], Ops.None, ThrowValue(a)));
        Def(Types.Generator, "close", a => ((PyGenerator)a[0]).Close());
        Def(Types.Generator, "__iter__", a => a[0]);
        Def(Types.Iterator, "__next__", a => Iter.NextOrRaise(a[0]));
        Def(Types.Iterator, "__iter__", a => a[0]);
    }

    private static object Wrap(PyType cls, PyType builtin, object value)
    {
        if (ReferenceEquals(cls, builtin))
        {
            return value;
        }

        var inst = new PyInstance(cls) { Native = value };
        return inst;
    }

    private static PyExceptionObject ThrowValue(object[] a)
    {
        var v = a[1];
        if (v is PyType t)
        {
            return (PyExceptionObject)Calls.Call(t, a.Length > 2 && a[2] != Ops.None ? [a[2]] : []);
        }

        return v as PyExceptionObject ?? throw Err.Type("exceptions must derive from BaseException");
    }

    private static object GenResume(object g, object send, PyExceptionObject? thrown)
    {
        var v = ((PyGenerator)g).Resume(send, thrown, out var done);
        return done ? throw Err.StopIteration(v) : v;
    }

    private static PyType MakeType(object[] a)
    {
        var bases = ((PyTuple)a[1]).Items.Cast<PyType>().ToArray();
        var dict = new PyDict();
        foreach (var e in ((PyDict)a[2]).Table.Entries())
        {
            dict[e.Key] = e.Value;
        }

        var t = new PyType(Str(a[0]), bases.Length == 0 ? [Types.Object] : bases, dict, false);
        t.Maker = t.NativeBase()?.Maker;
        return t;
    }

    private static List<object> Mro(PyType t)
    {
        var r = new List<object> { t };
        foreach (var b in t.Bases)
        {
            foreach (var x in Mro(b))
            {
                if (!r.Contains(x))
                {
                    r.Add(x);
                }
            }
        }

        r.Remove(Types.Object);
        r.Add(Types.Object);
        return r;
    }

    private static object MakeInt(object[] a)
    {
        if (a.Length == 0)
        {
            return 0L;
        }

        var x = a[0] is PyInstance { Native: { } n } ? n : a[0];
        if (a.Length > 1)
        {
            var s = x is PyBytes b ? Encoding.Latin1.GetString(b.Data) : Str(x);
            var radix = (int)Ints.ToLong(a[1]);
            if (radix != 0 && (radix < 2 || radix > 36))
            {
                throw Err.Value("int() arg 2 must be >= 2 and <= 36");
            }

            return Ints.Parse(s, radix);
        }

        switch (x)
        {
            case long or BigInteger: return x;
            case bool b: return b ? 1L : 0L;
            case double d:
                if (double.IsNaN(d))
                {
                    throw Err.Value("can't convert NaN to int");
                }

                if (double.IsInfinity(d))
                {
                    throw Err.Make(Types.OverflowError, "can't convert inf to int");
                }

                return Ints.Norm(new BigInteger(Math.Truncate(d)));
            case string s:
                try
                {
                    return Ints.Parse(s, 10);
                }
                catch (PyRaise)
                {
                    throw Err.Value($"invalid syntax for integer with base 10: {Repr.Of(s)}");
                }

            case PyBytes bs:
                return Ints.Parse(Encoding.Latin1.GetString(bs.Data), 10);
            case PyInstance i when i.Class.Lookup("__int__") is { } f:
                return Calls.CallMethod(f, i, []) is var r && r is long or BigInteger ? r : throw Err.Type($"can't convert {Types.Of(r).Name} to int");
        }

        throw Err.Type($"can't convert {Types.Of(x).Name} to int");
    }

    private static object MakeFloat(object[] a)
    {
        if (a.Length == 0)
        {
            return 0.0;
        }

        var x = a[0];
        switch (x)
        {
            case string s:
                try
                {
                    return FloatPolicy.Round(MicroPythonFloat.Parse(s));
                }
                catch (FormatException)
                {
                    throw Err.Value("invalid syntax for number");
                }

            case PyInstance i when i.Class.Lookup("__float__") is { } f:
                return Calls.CallMethod(f, i, []);
        }

        return Floats.ToDouble(x);
    }

    private static object MakeComplex(object[] a)
    {
        if (a.Length == 0)
        {
            return new PyComplex(0, 0);
        }

        if (a[0] is string s)
        {
            try
            {
                return ParseComplex(s);
            }
            catch (FormatException)
            {
                throw Err.Value("invalid syntax for number");
            }
        }

        var (r1, i1) = Complexes.Parts(a[0]);
        var (r2, i2) = a.Length > 1 ? Complexes.Parts(a[1]) : (0, 0);
        return new PyComplex(r1 - i2, i1 + r2);
    }

    private static PyComplex ParseComplex(string s)
    {
        {
            var t = s.Trim().TrimStart('(').TrimEnd(')');
            if (t.EndsWith('j') || t.EndsWith('J'))
            {
                var body = t[..^1];
                var split = Math.Max(body.LastIndexOf('+'), body.LastIndexOf('-'));
                while (split > 0 && (body[split - 1] is 'e' or 'E'))
                {
                    split = Math.Max(body.LastIndexOf('+', split - 1), body.LastIndexOf('-', split - 1));
                }

                if (split <= 0)
                {
                    return new PyComplex(0, body is "" or "+" ? 1 : body == "-" ? -1 : MicroPythonFloat.Parse(body));
                }

                var im = body[split..];
                return new PyComplex(MicroPythonFloat.Parse(body[..split]), im is "+" ? 1 : im == "-" ? -1 : MicroPythonFloat.Parse(im));
            }

            return new PyComplex(MicroPythonFloat.Parse(t), 0);
        }
    }

    private static string MakeStr(object[] a)
    {
        if (a.Length == 0)
        {
            return "";
        }

        if (a.Length > 1 && a[0] is PyBytes or PyByteArray)
        {
            return Decode(Seq.Bytes(a[0]));
        }

        return Repr.Str(a[0]);
    }

    public static string Decode(byte[] data)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(data);
        }
        catch (DecoderFallbackException)
        {
            throw Err.Make(Types.UnicodeError);
        }
    }

    private static byte[] MakeBytes(object[] a)
    {
        if (a.Length == 0)
        {
            return [];
        }

        switch (a[0])
        {
            case string s:
                if (a.Length < 2)
                {
                    throw Err.Type("string argument without an encoding");
                }

                return Encoding.UTF8.GetBytes(s);
            case long n:
                if (n < 0)
                {
                    throw Err.Value("negative count");
                }

                return new byte[n];
            case PyBytes b: return [.. b.Data];
            case PyByteArray b: return [.. b.Data];
        }

        return [.. Seq.ToList(a[0]).Select(x =>
        {
            var v = Ints.ToLong(x);
            return v is < 0 or > 255 ? throw Err.Value("bytes value out of range") : (byte)v;
        })];
    }

    private static PySet MakeSet(object[] a, bool frozen)
    {
        var s = new PySet(0, frozen);
        if (a.Length > 0)
        {
            var it = Iter.Get(a[0]);
            while (Iter.Next(it) is { } x)
            {
                s.Add(x);
            }
        }

        return s;
    }

    private static PyRange MakeRange(object[] a)
    {
        long start = 0, stop, step = 1;
        if (a.Length == 1)
        {
            stop = Ints.ToLong(a[0]);
        }
        else
        {
            start = Ints.ToLong(a[0]);
            stop = Ints.ToLong(a[1]);
            if (a.Length > 2)
            {
                step = Ints.ToLong(a[2]);
                if (step == 0)
                {
                    throw Err.Value("zero step");
                }
            }
        }

        return new PyRange(start, stop, step);
    }

    private static object ToBytes(object[] a, KwArgs? kw)
    {
        var v = Ints.Big(a[0]);
        var len = (int)Ints.ToLong(Opt(a, 1, Kw(kw, "length") ?? 1L));
        var order = Opt(a, 2, Kw(kw, "byteorder") ?? "big") as string;
        var signed = Kw(kw, "signed") is { } sg && Ops.Truth(sg);
        if (v.Sign < 0 && !signed)
        {
            throw Err.Make(Types.OverflowError, "can't convert negative int to unsigned");
        }

        var bytes = new byte[len];
        var raw = v.ToByteArray();
        for (var i = 0; i < len; i++)
        {
            bytes[i] = i < raw.Length ? raw[i] : (byte)(v.Sign < 0 ? 0xff : 0);
        }

        if (order == "big")
        {
            Array.Reverse(bytes);
        }

        return new PyBytes(bytes);
    }

    private static object FromBytes(object[] a, KwArgs? kw)
    {
        var data = Seq.Bytes(a[0]);
        var order = Opt(a, 1, Kw(kw, "byteorder") ?? "big") as string;
        var signed = Kw(kw, "signed") is { } sg && Ops.Truth(sg);
        var le = order == "little" ? data : [.. data.Reverse()];
        return Ints.Norm(new BigInteger(le, isUnsigned: !signed, isBigEndian: false));
    }
}
