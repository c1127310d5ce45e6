using System.Globalization;
using System.Numerics;
using System.Text;
using MicroPython.Runtime.Interpreter;
using MicroPython.Runtime.Objects;
using static MicroPython.Runtime.Builtins.Args;

namespace MicroPython.Runtime.Builtins;

/// <summary>The builtins module.</summary>
internal static class BuiltinFunctions
{
    private static readonly object Gate = new();
    private static bool typesReady;

    public static PyDict CreateBuiltins()
    {
        lock (Gate)
        {
            if (!typesReady)
            {
                TypeMakers.Install();
                StrMethods.Install();
                CollectionMethods.Install();
                typesReady = true;
            }
        }

        var b = new PyDict();
        foreach (var t in new[]
        {
            Types.Object, Types.TypeType, Types.Int, Types.Bool, Types.Float, Types.Complex, Types.Str, Types.Bytes,
            Types.ByteArray, Types.List, Types.Tuple, Types.Dict, Types.Set, Types.FrozenSet, Types.Range, Types.Slice,
            Types.StaticMethod, Types.ClassMethod, Types.Property, Types.Super,
        })
        {
            b[t.Name] = t;
        }

        foreach (var t in Types.ExceptionTypes)
        {
            b[t.Name] = t;
        }

        b["NotImplemented"] = PySingleton.NotImplemented;
        b["Ellipsis"] = PySingleton.Ellipsis;
        b["__debug__"] = true;
        b["__name__"] = "builtins";

        Def(b, "print", Print);
        Def(b, "len", (a, _) => Seq.Len(a[0]));
        Def(b, "repr", (a, _) => Repr.Of(a[0]));
        Def(b, "isinstance", (a, _) => IsInstanceOf(Types.Of(a[0]), a[1], false));
        Def(b, "issubclass", (a, _) => a[0] is PyType ? IsInstanceOf(a[0], a[1], true) : throw Err.Type("issubclass() arg 1 must be a class"));
        Def(b, "hasattr", (a, _) => HasAttr(a[0], Str(a[1])));
        Def(b, "getattr", (a, _) => Attr.TryGet(a[0], Str(a[1])) ?? (a.Length > 2 ? a[2] : throw Err.NoAttribute(a[0], Str(a[1]))));
        Def(b, "setattr", (a, _) => { Attr.Set(a[0], Str(a[1]), a[2]); return Ops.None; });
        Def(b, "delattr", (a, _) => { Attr.Delete(a[0], Str(a[1])); return Ops.None; });
        Def(b, "abs", (a, _) => Abs(a[0]));
        Def(b, "min", (a, kw) => MinMax(a, kw, BinOp.Less, "min"));
        Def(b, "max", (a, kw) => MinMax(a, kw, BinOp.More, "max"));
        Def(b, "sum", Sum);
        Def(b, "sorted", (a, kw) =>
        {
            var l = new PyList(Seq.ToList(a[0]));
            CollectionMethods.Sort(l, kw);
            return l;
        });
        IteratorClass(b, "reversed", (a, _) => Reversed(a[0]));
        IteratorClass(b, "enumerate", (a, kw) => new PyIterator(Enumerate(a[0], Ints.ToLong(Kw(kw, "start") ?? Opt(a, 1, 0L))), "enumerate"));
        IteratorClass(b, "zip", (a, _) => new PyIterator(Zip(a), "zip"));
        IteratorClass(b, "map", (a, _) => new PyIterator(Map(a), "map"));
        IteratorClass(b, "filter", (a, _) => new PyIterator(Filter(a[0], a[1]), "filter"));
        Def(b, "iter", (a, _) => Iter.Get(a[0]));
        Def(b, "next", (a, _) => Next(a));
        Def(b, "all", (a, _) => Items(a[0]).All(Ops.Truth));
        Def(b, "any", (a, _) => Items(a[0]).Any(Ops.Truth));
        Def(b, "chr", (a, _) => Chr(Ints.ToLong(a[0])));
        Def(b, "ord", (a, _) => Ord(a[0]));
        Def(b, "hex", (a, _) => IntText(a[0], 16, "0x"));
        Def(b, "oct", (a, _) => IntText(a[0], 8, "0o"));
        Def(b, "bin", (a, _) => IntText(a[0], 2, "0b"));
        Def(b, "round", (a, _) => Round(a));
        Def(b, "divmod", (a, _) => Ops.Binary(BinOp.DivMod, a[0], a[1]) is var r && r == PySingleton.NotImplemented ? throw Err.Unsupported("__divmod__", a[0], a[1]) : r);
        Def(b, "pow", (a, _) => Pow(a));
        Def(b, "hash", (a, _) => Ops.Hash(a[0]));
        Def(b, "id", (a, _) => Repr.Id(a[0]));
        Def(b, "callable", (a, _) => IsCallable(a[0]));
        Def(b, "globals", (a, _) => VmContext.Current.Frame!.Globals);
        Def(b, "locals", (a, _) => VmContext.Current.Frame!.Locals ?? VmContext.Current.Frame!.Globals);
        Def(b, "format", (a, _) => FormatSpec.Format(a[0], a.Length > 1 ? Str(a[1]) : ""));
        Def(b, "dir", (a, _) => Dir(a));
        Def(b, "vars", (a, _) => Attr.Get(a[0], "__dict__"));
        Def(b, "__build_class__", BuildClass);
        Def(b, "__import__", (a, _) => Importer.ImportName(VmContext.Current, Str(a[0]), Opt(a, 3, Ops.None), (int)Ints.ToLong(Opt(a, 4, 0L)), Opt(a, 1, Ops.None) as PyDict ?? new PyDict()));
        Def(b, "exec", (a, _) => Eval(a, false));
        Def(b, "eval", (a, _) => Eval(a, true));
        Def(b, "compile", (a, _) => Compile(Str(a[0]), Str(a[1]), Str(a[2]) == "eval"));
        // A read-only view is modelled as a copy: enough for slicing, indexing and len on the host.
        Def(b, "memoryview", (a, _) => new PyBytes(Seq.Bytes(a[0])));
        Def(b, "input", (a, _) => throw Err.Make(Types.EOFError));
        return b;
    }

    /// <summary>Iterates lazily, so any() and all() stop where Python's do.</summary>
    public static IEnumerable<object> Items(object iterable)
    {
        var it = Iter.Get(iterable);
        while (Iter.Next(it) is { } x)
        {
            yield return x;
        }
    }

    private static void IteratorClass(PyDict b, string name, Func<object[], KwArgs?, object> make)
    {
        var t = Types.IteratorType(name);
        t.Maker = (_, a, kw) => make(a, kw);
        b[name] = t;
    }

    private static object Print(object[] args, KwArgs? kw)
    {
        var sep = Kw(kw, "sep") is { } s && s != Ops.None ? Str(s) : " ";
        var end = Kw(kw, "end") is { } e && e != Ops.None ? Str(e) : "\n";
        var text = new StringBuilder();
        for (var i = 0; i < args.Length; i++)
        {
            if (i > 0)
            {
                text.Append(sep);
            }

            text.Append(Repr.Str(args[i]));
        }

        text.Append(end);
        if (Kw(kw, "file") is { } file && file != Ops.None)
        {
            Calls.Call(Attr.Get(file, "write"), [text.ToString()]);
        }
        else
        {
            VmContext.Current.Output.Write(text.ToString());
        }

        return Ops.None;
    }

    public static bool IsInstanceOf(object type, object classinfo, bool checkingSubclass)
    {
        if (classinfo is PyTuple t)
        {
            return t.Items.Any(c => IsInstanceOf(type, c, checkingSubclass));
        }

        if (classinfo is not PyType target)
        {
            throw Err.Type(checkingSubclass ? "issubclass() arg 2 must be a class or a tuple of classes" : "isinstance() arg 2 must be a class or a tuple of classes");
        }

        return type is PyType pt && pt.IsSubclassOf(target);
    }

    private static bool HasAttr(object o, string name)
    {
        try
        {
            return Attr.TryGet(o, name) is not null;
        }
        catch (PyRaise e) when (e.Value.Class.IsSubclassOf(Types.Exception))
        {
            return false;
        }
    }

    private static bool IsCallable(object o) => o switch
    {
        PyFunction or PyBuiltin or PyBoundMethod or PyType => true,
        PyInstance i => i.Class.Lookup("__call__") is not null,
        _ => false,
    };

    private static object Abs(object o) => o switch
    {
        long l => l < 0 ? Ops.Unary(1, l) : l,
        bool b => b ? 1L : 0L,
        BigInteger bi => Ints.Norm(BigInteger.Abs(bi)),
        double d => Math.Abs(d),
        PyComplex c => Math.Sqrt(c.Real * c.Real + c.Imag * c.Imag),
        PyInstance i when i.Class.Lookup("__abs__") is { } f => Calls.CallMethod(f, i, []),
        _ => throw Err.Type($"unsupported type for __abs__: '{Types.Of(o).Name}'"),
    };

    private static object MinMax(object[] args, KwArgs? kw, int op, string name)
    {
        var items = args.Length == 1 ? Seq.ToList(args[0]) : [.. args];
        var key = Kw(kw, "key");
        if (items.Count == 0)
        {
            return Kw(kw, "default") ?? throw Err.Value($"arg is an empty sequence");
        }

        var best = items[0];
        var bestKey = key is null || key == Ops.None ? best : Calls.Call(key, [best]);
        foreach (var item in items.Skip(1))
        {
            var k = key is null || key == Ops.None ? item : Calls.Call(key, [item]);
            if (Ops.Truth(Ops.Compare(op, k, bestKey)))
            {
                best = item;
                bestKey = k;
            }
        }

        return best;
    }

    private static object Sum(object[] args, KwArgs? kw)
    {
        var total = Kw(kw, "start") ?? Opt(args, 1, 0L);
        var it = Iter.Get(args[0]);
        while (Iter.Next(it) is { } x)
        {
            total = Ops.Binary(BinOp.Add, total, x);
        }

        return total;
    }

    private static object Reversed(object o)
    {
        if (o is PyInstance inst && inst.Class.Lookup("__reversed__") is { } f)
        {
            return Calls.CallMethod(f, inst, []);
        }

        if (o is PyRange r)
        {
            var items = Enumerable.Range(0, (int)r.Length).Select(i => (object)(r.Start + ((r.Length - 1 - i) * r.Step)));
            return new PyIterator(items.GetEnumerator(), "reversed");
        }

        if (o is PyDict or PySet)
        {
            throw Err.Type($"'{Types.Of(o).Name}' object isn't reversible");
        }

        var n = Seq.Len(o);
        return new PyIterator(ReversedItems(o, n), "reversed");
    }

    private static IEnumerator<object> ReversedItems(object o, long n)
    {
        for (var i = n - 1; i >= 0; i--)
        {
            yield return Seq.GetItem(o, i);
        }
    }

    private static IEnumerator<object> Enumerate(object o, long start)
    {
        var it = Iter.Get(o);
        while (Iter.Next(it) is { } x)
        {
            yield return new PyTuple([start++, x]);
        }
    }

    private static IEnumerator<object> Zip(object[] args)
    {
        var its = args.Select(Iter.Get).ToArray();
        if (its.Length == 0)
        {
            yield break;
        }

        while (true)
        {
            var items = new object[its.Length];
            for (var i = 0; i < its.Length; i++)
            {
                if (Iter.Next(its[i]) is not { } x)
                {
                    yield break;
                }

                items[i] = x;
            }

            yield return new PyTuple(items);
        }
    }

    private static IEnumerator<object> Map(object[] args)
    {
        var f = args[0];
        var its = args.Skip(1).Select(Iter.Get).ToArray();
        while (true)
        {
            var items = new object[its.Length];
            for (var i = 0; i < its.Length; i++)
            {
                if (Iter.Next(its[i]) is not { } x)
                {
                    yield break;
                }

                items[i] = x;
            }

            yield return Calls.Call(f, items);
        }
    }

    private static IEnumerator<object> Filter(object f, object src)
    {
        var it = Iter.Get(src);
        while (Iter.Next(it) is { } x)
        {
            if (Ops.Truth(f == Ops.None ? x : Calls.Call(f, [x])))
            {
                yield return x;
            }
        }
    }

    private static object Next(object[] a)
    {
        if (a.Length > 1)
        {
            try
            {
                return Iter.NextOrRaise(a[0]);
            }
            catch (PyRaise e) when (e.Value.Class.IsSubclassOf(Types.StopIteration))
            {
                return a[1];
            }
        }

        if (a[0] is not (PyIterator or PyGenerator or PyInstance))
        {
            throw Err.Type($"'{Types.Of(a[0]).Name}' object isn't an iterator");
        }

        return Iter.NextOrRaise(a[0]);
    }

    private static string Chr(long c)
    {
        if (c < 0 || c > 0x10ffff)
        {
            throw Err.Value("chr() arg not in range(0x110000)");
        }

        return char.ConvertFromUtf32((int)c is >= 0xd800 and < 0xe000 ? 0xfffd : (int)c);
    }

    private static object Ord(object o)
    {
        switch (o)
        {
            case string s:
                {
                    var runes = s.EnumerateRunes().ToList();
                    if (runes.Count != 1)
                    {
                        throw Err.Type($"ord() expected a character, but string of length {runes.Count} found");
                    }

                    return (long)runes[0].Value;
                }

            case PyBytes b when b.Data.Length == 1: return (long)b.Data[0];
            default: throw Err.Type($"ord() expected a character, but string of length {Seq.Len(o)} found");
        }
    }

    public static string IntText(object o, int radix, string prefix)
    {
        var v = Ints.Big(o is PyInstance { Native: { } n } ? n : o);
        var neg = v.Sign < 0;
        var digits = ToRadix(BigInteger.Abs(v), radix);
        return (neg ? "-" : "") + prefix + digits;
    }

    public static string ToRadix(BigInteger v, int radix)
    {
        if (v.IsZero)
        {
            return "0";
        }

        if (radix == 10)
        {
            return v.ToString(CultureInfo.InvariantCulture);
        }

        var sb = new StringBuilder();
        while (!v.IsZero)
        {
            var d = (int)(v % radix);
            sb.Insert(0, (char)(d < 10 ? '0' + d : 'a' + d - 10));
            v /= radix;
        }

        return sb.ToString();
    }

    private static object Round(object[] a)
    {
        var x = a[0];
        var nd = a.Length > 1 && a[1] != Ops.None ? Ints.ToLong(a[1]) : (long?)null;
        if (Ints.IsInt(x))
        {
            if (nd is null or >= 0)
            {
                return x is bool bb ? (bb ? 1L : 0L) : x;
            }

            var p = BigInteger.Pow(10, (int)-nd.Value);
            var v = Ints.Big(x);
            var q = Ints.FloorDiv(v, p);
            var r = v - q * p;
            if (r * 2 > p || (r * 2 == p && !q.IsEven))
            {
                q += 1;
            }

            return Ints.Norm(q * p);
        }

        var d = Floats.ToDouble(x);
        if (nd is null)
        {
            if (!double.IsFinite(d))
            {
                throw Err.Make(Types.OverflowError, "cannot convert float infinity to integer");
            }

            return Ints.Norm(new BigInteger(Math.Round(d, MidpointRounding.ToEven)));
        }

        if (nd.Value > 15 || !double.IsFinite(d))
        {
            return d;
        }

        var m = Math.Pow(10, nd.Value);
        var scaled = d * m;
        var rounded = Math.Round(scaled, MidpointRounding.ToEven);
        return rounded / m;
    }

    private static object Pow(object[] a)
    {
        if (a.Length == 3 && a[2] != Ops.None)
        {
            var mod = Ints.Big(a[2]);
            if (mod.IsZero)
            {
                throw Err.Value("pow() 3rd argument cannot be 0");
            }

            var r = BigInteger.ModPow(Ints.Big(a[0]), Ints.Big(a[1]), mod);
            return Ints.Norm(r.Sign != 0 && r.Sign != mod.Sign ? r + mod : r);
        }

        return Ops.Binary(BinOp.Pow, a[0], a[1]);
    }

    private static object Dir(object[] a)
    {
        IEnumerable<object> names = a.Length == 0 ? [] : a[0] switch
        {
            PyModule m => m.Globals.Table.Entries().Select(e => e.Key),
            PyType t => TypeNames(t),
            PyInstance i => i.Dict.Table.Entries().Select(e => e.Key).Concat(TypeNames(i.Class)),
            var o => TypeNames(Types.Of(o)),
        };
        var l = new PyList(names.Distinct(new KeyComparer()));
        return l;
    }

    private static IEnumerable<object> TypeNames(PyType t) =>
        t.Dict.Table.Entries().Select(e => e.Key).Concat(t.Bases.Where(x => !ReferenceEquals(x, Types.Object)).SelectMany(TypeNames));

    private sealed class KeyComparer : IEqualityComparer<object>
    {
        public new bool Equals(object? x, object? y) => Ops.KeyEquals(x!, y!);

        public int GetHashCode(object obj) => (int)Ops.Hash(obj);
    }

    private static object BuildClass(object[] args, KwArgs? kw)
    {
        var body = args[0];
        var name = Str(args[1]);
        var bases = args.Skip(2).Select(b => b as PyType ?? throw Err.Type("bases must be types")).ToArray();
        var dict = new PyDict();
        object cell;
        if (body is PyFunction fn)
        {
            var frame = new Frame(fn.Code, fn.Module, fn.Module.Globals, dict);
            ArgBinder.Bind(fn, frame, [], null);
            Executor.Run(frame, out cell);
        }
        else
        {
            cell = Calls.Call(body, []);
        }

        var cls = new PyType(name, bases.Length == 0 ? [Types.Object] : bases, dict, false);
        cls.Maker = cls.NativeBase()?.Maker;
        if (dict.Table.Get("__module__") is string m)
        {
            cls.Module = m;
        }

        foreach (var e in dict.Table.Snapshot())
        {
            if (e.Value is PyInstance inst && inst.Class.Lookup("__set_name__") is { } sn)
            {
                Calls.CallMethod(sn, inst, [cls, e.Key]);
            }
        }

        if (cell is PyCell c)
        {
            c.Value = cls;
        }

        if (bases.FirstOrDefault(b => b.Lookup("__init_subclass__") is not null) is { } withHook
            && withHook.Lookup("__init_subclass__") is { } hook)
        {
            Calls.Call(hook is PyClassMethod cm ? cm.Function : hook, [cls]);
        }

        return cls;
    }

    private static object Eval(object[] a, bool isEval)
    {
        var ctx = VmContext.Current;
        var code = a[0] as PyCode ?? Compile(Str(a[0]), "<string>", isEval);
        var globals = a.Length > 1 && a[1] is PyDict g ? g : ctx.Frame!.Globals;
        var locals = a.Length > 2 && a[2] is PyDict l ? l : (a.Length > 1 && a[1] is PyDict ? globals : ctx.Frame!.Locals ?? globals);
        ModuleLoader.Run(code.Module, globals, locals);
        if (code.IsEval)
        {
            locals.Table.Remove(PyCode.ResultName, out var v);
            return isEval ? v! : Ops.None;
        }

        return Ops.None;
    }

    public static PyCode Compile(string source, string name, bool isEval)
    {
        var ctx = VmContext.Current;
        if (ctx.Compiler is null)
        {
            throw Err.Make(Types.NotImplementedError, "compile needs a compiler (none was given to the VM)");
        }

        // An expression is compiled as an assignment to a hidden name; the newline lets a trailing comment end.
        var text = isEval ? PyCode.ResultName + " = (" + source + "\n)\n" : source;
        try
        {
            return new PyCode(ctx.Compiler.Compile(text, name), isEval);
        }
        catch (SourceCompileException e)
        {
            var type = Types.ExceptionTypes.FirstOrDefault(t => t.Name == e.PythonExceptionType) ?? Types.SyntaxError;
            var raise = Err.Make(type, e.PythonMessage);

            // The compiler's place has a file and line but no block, as mp_compile records it.
            raise.Value.Traceback.Add(new TracebackEntry(name, e.Line, ""));
            throw raise;
        }
    }
}
