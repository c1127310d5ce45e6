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
                // The module is the VM's builtins table itself, so assigning to it overrides a builtin.
                ctx.Builtins["__name__"] = name;
                return new PyModule(name, ctx.Builtins);
            case "sys":
                Sys(ctx, g);
                break;
            case "math":
                MathModule.Fill(g);
                break;
            case "struct":
                StructModule.Fill(g);
                break;
            case "errno":
                ErrnoModule.Fill(g);
                break;
            case "binascii":
                BinasciiModule.Fill(g);
                break;
            case "hashlib":
                HashlibModule.Fill(g);
                break;
            case "os":
                Def(g, "urandom", (a, _) => Ints.ToLong(a[0]) is var n && n >= 0 ? new PyBytes(System.Security.Cryptography.RandomNumberGenerator.GetBytes((int)n)) : throw Err.Make(Types.ValueError));
                break;
            case "random":
                RandomModule.Fill(g);
                break;
            case "io":
                IoModule.Fill(g);
                break;
            case "heapq":
                HeapqModule.Fill(g);
                break;
            case "platform":
                Def(g, "platform", (a, _) => "Linux-1.28.0-x86_64--with-glibc2.36");
                Def(g, "python_compiler", (a, _) => "GCC 12.2.0");
                Def(g, "libc_ver", (a, _) => new PyTuple(["glibc", "2.36"]));
                break;
            case "select":
                SelectModule.Fill(g);
                break;
            case "json":
                JsonModule.Fill(g);
                break;
            case "collections":
                g["OrderedDict"] = Types.OrderedDict;
                g["deque"] = DequeType.Type;
                Def(g, "namedtuple", (a, _) => NamedTuple.Make(Str(a[0]), a[1]));
                break;
            case "micropython":
                Def(g, "const", (a, _) => a[0]);
                Def(g, "opt_level", (a, _) => 0L);
                Def(g, "mem_info", (a, _) => Ops.None);
                Def(g, "qstr_info", (a, _) => Ops.None);
                Def(g, "heap_lock", (a, _) => Ops.None);
                Def(g, "heap_unlock", (a, _) => 0L);
                Def(g, "kbd_intr", (a, _) => Ops.None);

                // The VM's call depth stands in for the C stack's bytes in use.
                Def(g, "stack_use", (a, _) => (long)VmContext.Current.Depth);
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

        // Built-in modules other than builtins (writable: MICROPY_CAN_OVERRIDE_BUILTINS) are in ROM.
        return new PyModule(name, g) { ReadOnly = true };
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

            if (a.Length == 1)
            {
                return Math.Log(x);
            }

            var b = Floats.ToDouble(a[1]);
            return b <= 0 ? throw Err.Value("math domain error") : b == 1 ? throw Err.ZeroDivision() : Math.Log(x) / Math.Log(b);
        });
        F2(g, "atan2", Math.Atan2);
        F2(g, "pow", Math.Pow);
        F2(g, "fmod", (x, y) => x % y);
        F2(g, "copysign", Math.CopySign);
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

            // As C's modf: the fraction keeps x's sign (-0.0 for -100.0) and is 0 for infinities.
            return new PyTuple([Math.CopySign(double.IsInfinity(x) ? 0 : x - ip, x), ip]);
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
            if (rel < 0 || abs < 0)
            {
                throw Err.Value("math domain error");
            }

            var diff = Math.Abs(x - y);
            return x == y || (!double.IsInfinity(diff) && (diff <= abs || diff <= Math.Abs(rel * x) || diff <= Math.Abs(rel * y)));
        });
    }

    private static object ToInt(double d) => double.IsFinite(d)
        ? Ints.Norm(new BigInteger(d))
        : throw (double.IsNaN(d) ? Err.Value("cannot convert float NaN to integer") : Err.Make(Types.OverflowError, "cannot convert float infinity to integer"));

    // MicroPython's domain check: NaN from a number, or infinity from finite arguments, is a ValueError.
    private static void F1(PyDict g, string name, Func<double, double> f) => Def(g, name, (a, _) =>
    {
        var x = Floats.ToDouble(a[0]);
        var r = FloatPolicy.Round(f(x));
        return (double.IsNaN(r) && !double.IsNaN(x)) || (double.IsInfinity(r) && !double.IsInfinity(x)) ? throw Err.Value("math domain error") : r;
    });

    private static void F2(PyDict g, string name, Func<double, double, double> f) => Def(g, name, (a, _) =>
    {
        var x = Floats.ToDouble(a[0]);
        var y = Floats.ToDouble(a[1]);
        var r = FloatPolicy.Round(f(x, y));
        return (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) || (double.IsInfinity(r) && !double.IsInfinity(x) && !double.IsInfinity(y))
            ? throw Err.Value("math domain error")
            : r;
    });
}
