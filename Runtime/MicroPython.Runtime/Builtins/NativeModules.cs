using System.Numerics;
using MicroPython.Runtime.Objects;
using static MicroPython.Runtime.Builtins.Args;

namespace MicroPython.Runtime.Builtins;

/// <summary>The modules built into the VM (the parts of the unix port's that host tests use).</summary>
internal static class NativeModules
{
    public static PyModule? Create(VmContext ctx, string name)
    {
        var g = new PyDict();
        g["__name__"] = name;
        switch (name)
        {
            case "builtins":
                foreach (var e in ctx.Builtins.Table.Entries())
                {
                    g[e.Key] = e.Value;
                }

                break;
            case "sys":
                Sys(ctx, g);
                break;
            case "math":
                MathModule.Fill(g);
                break;
            case "struct":
                StructModule.Fill(g);
                break;
            case "json":
                JsonModule.Fill(g);
                break;
            case "collections":
                g["OrderedDict"] = Types.OrderedDict;
                Def(g, "namedtuple", (a, _) => NamedTuple.Make(Str(a[0]), a[1]));
                break;
            case "micropython":
                Def(g, "const", (a, _) => a[0]);
                Def(g, "opt_level", (a, _) => 0L);
                Def(g, "mem_info", (a, _) => Ops.None);
                Def(g, "qstr_info", (a, _) => Ops.None);
                Def(g, "heap_lock", (a, _) => Ops.None);
                Def(g, "heap_unlock", (a, _) => 0L);
                break;
            case "time":
                TimeModule(g);
                break;
            case "gc":
                Def(g, "collect", (a, _) => Ops.None);
                Def(g, "mem_free", (a, _) => ctx.Options.HeapSize);
                Def(g, "mem_alloc", (a, _) => 0L);
                break;
            default:
                return null;
        }

        return new PyModule(name, g);
    }

    private static void TimeModule(PyDict g)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Def(g, "time", (a, _) => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0);
        Def(g, "time_ns", (a, _) => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000_000L);
        Def(g, "sleep", (a, _) => { Thread.Sleep(TimeSpan.FromSeconds(Floats.ToDouble(a[0]))); return Ops.None; });
        Def(g, "sleep_ms", (a, _) => { Thread.Sleep((int)Ints.ToLong(a[0])); return Ops.None; });
        Def(g, "sleep_us", (a, _) => { Thread.Sleep(TimeSpan.FromMicroseconds(Ints.ToLong(a[0]))); return Ops.None; });

        // The ticks counters wrap like the ports' (30 bits), so ticks_diff arithmetic behaves the same.
        const long period = 1L << 30;
        Def(g, "ticks_ms", (a, _) => clock.ElapsedMilliseconds & (period - 1));
        Def(g, "ticks_us", (a, _) => (clock.ElapsedTicks * 1_000_000 / System.Diagnostics.Stopwatch.Frequency) & (period - 1));
        Def(g, "ticks_add", (a, _) => (Ints.ToLong(a[0]) + Ints.ToLong(a[1])) & (period - 1));
        Def(g, "ticks_diff", (a, _) =>
        {
            var d = (Ints.ToLong(a[0]) - Ints.ToLong(a[1])) & (period - 1);
            return d >= period / 2 ? d - period : d;
        });
    }

    private static void Sys(VmContext ctx, PyDict g)
    {
        var board = ctx.Options.Board;
        g["argv"] = ctx.Argv;
        g["path"] = ctx.SysPath;
        g["byteorder"] = "little";
        g["platform"] = board.SysPlatform;
        g["version"] = "3.4.0; MicroPython v1.28.0";
        g["maxsize"] = ctx.Options.SmallIntBits >= 63 ? long.MaxValue : (object)(long)int.MaxValue;
        g["implementation"] = Implementation(ctx.Options);
        g["version_info"] = new PyTuple([3L, 4L, 0L]);
        g["modules"] = new PyDict();
        g["stdout"] = new PyInstance(StdoutType());
        Def(g, "exit", (a, _) => throw new PyRaise(new PyExceptionObject(Types.SystemExit, new PyTuple(a))));
        Def(g, "print_exception", (a, _) =>
        {
            ctx.Output.Write(MicroPythonVm.TracebackText((PyExceptionObject)a[0]));
            return Ops.None;
        });
        Def(g, "getrecursionlimit", (a, _) => (long)ctx.MaxDepth);
    }

    // sys.implementation as py/modsys.c:133-150 builds it: _build and _thread only where the port has them.
    private static PyInstance Implementation(VmOptions options)
    {
        var board = options.Board;
        var fields = new List<(string Name, object Value)>
        {
            ("name", "micropython"),
            ("version", new PyTuple([1L, 28L, 0L, ""])),
            ("_machine", board.Machine),
            ("_mpy", 6L | (3L << 8) | ((long)options.NativeArch << 10)),
        };
        if (board.BuildName is { } build)
        {
            fields.Add(("_build", build));
        }

        if (board.Thread is { } thread)
        {
            fields.Add(("_thread", thread));
        }

        var dict = new PyDict();
        var implType = new PyType("implementation", [Types.Object], dict, false);
        Def(dict, "__repr__", (a, _) => "(" + string.Join(", ", fields.Select(f => f.Name + "=" + Repr.Of(f.Value))) + ")");
        var impl = new PyInstance(implType);
        foreach (var (name, value) in fields)
        {
            impl.Dict[name] = value;
        }

        return impl;
    }

    private static PyType StdoutType()
    {
        var t = new PyType("FileIO", [Types.Object], new PyDict(), false);
        Def(t, "write", a =>
        {
            var s = Repr.Str(a[1]);
            VmContext.Current.Output.Write(s);
            return (long)s.Length;
        });
        Def(t, "flush", a => Ops.None);
        return t;
    }
}

/// <summary>collections.namedtuple: a tuple subclass with field properties.</summary>
internal static class NamedTuple
{
    public static PyType Make(string name, object fields)
    {
        var names = fields is string s ? s.Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries) : [.. Seq.ToList(fields).Select(Str)];
        var dict = new PyDict();
        var t = new PyType(name, [Types.Tuple], dict, true);
        t.Maker = (cls, a, kw) =>
        {
            var items = new object[names.Length];
            for (var i = 0; i < names.Length; i++)
            {
                items[i] = i < a.Length ? a[i] : Kw(kw, names[i]) ?? throw Err.Type("function missing required positional argument");
            }

            return new PyInstance(cls) { Native = new PyTuple(items) };
        };
        for (var i = 0; i < names.Length; i++)
        {
            var idx = i;
            dict[names[i]] = new PyProperty(new PyBuiltin(names[i], (a, _) => ((PyTuple)((PyInstance)a[0]).Native!).Items[idx]), Ops.None, Ops.None);
        }

        dict["_fields"] = new PyTuple([.. names]);
        Def(dict, "__repr__", (a, _) => name + "(" + string.Join(", ", names.Select((n, i) => n + "=" + Repr.Of(((PyTuple)((PyInstance)a[0]).Native!).Items[i]))) + ")");
        return t;
    }
}

/// <summary>The math module.</summary>
internal static class MathModule
{
    public static void Fill(PyDict g)
    {
        g["pi"] = Math.PI;
        g["e"] = Math.E;
        g["inf"] = double.PositiveInfinity;
        g["nan"] = BitConverter.UInt64BitsToDouble(0x7FF8_0000_0000_0000);
        g["tau"] = Math.Tau;
        F1(g, "sqrt", x => x < 0 ? throw Err.Value("math domain error") : Math.Sqrt(x));
        F1(g, "sin", Math.Sin);
        F1(g, "cos", Math.Cos);
        F1(g, "tan", Math.Tan);
        F1(g, "asin", Math.Asin);
        F1(g, "acos", Math.Acos);
        F1(g, "atan", Math.Atan);
        F1(g, "exp", Math.Exp);
        F1(g, "log2", Math.Log2);
        F1(g, "log10", Math.Log10);
        F1(g, "fabs", Math.Abs);
        F1(g, "degrees", x => x * 180 / Math.PI);
        F1(g, "radians", x => x * Math.PI / 180);
        Def(g, "log", (a, _) =>
        {
            var x = Floats.ToDouble(a[0]);
            if (x <= 0)
            {
                throw Err.Value("math domain error");
            }

            return a.Length > 1 ? Math.Log(x) / Math.Log(Floats.ToDouble(a[1])) : Math.Log(x);
        });
        Def(g, "atan2", (a, _) => Math.Atan2(Floats.ToDouble(a[0]), Floats.ToDouble(a[1])));
        Def(g, "pow", (a, _) => Math.Pow(Floats.ToDouble(a[0]), Floats.ToDouble(a[1])));
        Def(g, "fmod", (a, _) => Floats.ToDouble(a[0]) % Floats.ToDouble(a[1]));
        Def(g, "copysign", (a, _) => Math.CopySign(Floats.ToDouble(a[0]), Floats.ToDouble(a[1])));
        Def(g, "floor", (a, _) => ToInt(Math.Floor(Floats.ToDouble(a[0]))));
        Def(g, "ceil", (a, _) => ToInt(Math.Ceiling(Floats.ToDouble(a[0]))));
        Def(g, "trunc", (a, _) => ToInt(Math.Truncate(Floats.ToDouble(a[0]))));
        Def(g, "isnan", (a, _) => double.IsNaN(Floats.ToDouble(a[0])));
        Def(g, "isinf", (a, _) => double.IsInfinity(Floats.ToDouble(a[0])));
        Def(g, "isfinite", (a, _) => double.IsFinite(Floats.ToDouble(a[0])));
        Def(g, "modf", (a, _) =>
        {
            var x = Floats.ToDouble(a[0]);
            var ip = Math.Truncate(x);
            return new PyTuple([x - ip, ip]);
        });
        Def(g, "frexp", (a, _) =>
        {
            var x = Floats.ToDouble(a[0]);
            if (x == 0 || !double.IsFinite(x))
            {
                return new PyTuple([x, 0L]);
            }

            var e = (long)Math.Floor(Math.Log2(Math.Abs(x))) + 1;
            return new PyTuple([x / Math.Pow(2, e), e]);
        });
        Def(g, "ldexp", (a, _) => Floats.ToDouble(a[0]) * Math.Pow(2, Ints.ToLong(a[1])));
        Def(g, "gcd", (a, _) => Ints.Norm(BigInteger.GreatestCommonDivisor(Ints.Big(a[0]), Ints.Big(a[1]))));
        Def(g, "factorial", (a, _) =>
        {
            BigInteger r = 1;
            for (var i = 2L; i <= Ints.ToLong(a[0]); i++)
            {
                r *= i;
            }

            return Ints.Norm(r);
        });
        Def(g, "isclose", (a, kw) =>
        {
            var x = Floats.ToDouble(a[0]);
            var y = Floats.ToDouble(a[1]);
            var rel = Floats.ToDouble(Kw(kw, "rel_tol") ?? 1e-9);
            var abs = Floats.ToDouble(Kw(kw, "abs_tol") ?? 0.0);
            return x == y || Math.Abs(x - y) <= Math.Max(rel * Math.Max(Math.Abs(x), Math.Abs(y)), abs);
        });
    }

    private static object ToInt(double d) => double.IsFinite(d)
        ? Ints.Norm(new BigInteger(d))
        : throw (double.IsNaN(d) ? Err.Value("cannot convert float NaN to integer") : Err.Make(Types.OverflowError, "cannot convert float infinity to integer"));

    private static void F1(PyDict g, string name, Func<double, double> f) => Def(g, name, (a, _) =>
    {
        var r = FloatPolicy.Round(f(Floats.ToDouble(a[0])));
        return double.IsNaN(r) && !double.IsNaN(Floats.ToDouble(a[0])) ? throw Err.Value("math domain error") : r;
    });
}
