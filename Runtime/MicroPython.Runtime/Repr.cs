using System.Globalization;
using System.Numerics;
using System.Text;
using MicroPython.Bytecode.Constants;
using MicroPython.Bytecode.Numerics;
using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime;

/// <summary><c>repr()</c> and <c>str()</c> with MicroPython's text.</summary>
internal static class Repr
{
    // Nesting deeper than this is reported as MicroPython reports a C-stack overflow while printing.
    private const int MaxNesting = 10000;

    [ThreadStatic]
    private static int nesting;

    public static string Of(object o)
    {
        if (o is PyList or PyTuple or PyDict or PySet)
        {
            var sb = new StringBuilder();
            Write(sb, o);
            return sb.ToString();
        }

        return Scalar(o);
    }

    // Containers write into one buffer, so deep nesting costs linear, not quadratic, time.
    private static void Write(StringBuilder sb, object o)
    {
        if (o is not (PyList or PyTuple or PyDict or PySet))
        {
            sb.Append(Scalar(o));
            return;
        }

        if (++nesting > MaxNesting)
        {
            nesting = 0;
            throw Err.Make(Types.RuntimeError, "maximum recursion depth exceeded");
        }

        try
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            switch (o)
            {
                case PyList l:
                    WriteItems(sb, "[", l.Items, "]");
                    break;
                case PyTuple t:
                    WriteItems(sb, "(", t.Items, t.Items.Length == 1 ? ",)" : ")");
                    break;
                case PyDict d:
                    sb.Append(d.Table.Ordered ? "OrderedDict({" : "{");
                    var first = true;
                    foreach (var e in d.Table.Entries())
                    {
                        sb.Append(first ? "" : ", ");
                        first = false;
                        Write(sb, e.Key);
                        sb.Append(": ");
                        Write(sb, e.Value!);
                    }

                    sb.Append(d.Table.Ordered ? "})" : "}");
                    break;
                case PySet s when s.Table.Count == 0:
                    sb.Append(s.Frozen ? "frozenset()" : "set()");
                    break;
                case PySet s:
                    WriteItems(sb, s.Frozen ? "frozenset({" : "{", s.Items, s.Frozen ? "})" : "}");
                    break;
            }
        }
        finally
        {
            nesting = Math.Max(0, nesting - 1);
        }
    }

    private static void WriteItems(StringBuilder sb, string open, IEnumerable<object> items, string close)
    {
        sb.Append(open);
        var first = true;
        foreach (var item in items)
        {
            sb.Append(first ? "" : ", ");
            first = false;
            Write(sb, item);
        }

        sb.Append(close);
    }

    private static string Scalar(object o)
    {
        switch (o)
        {
            case string s: return StrRepr(s);
            case bool b: return b ? "True" : "False";
            case long l: return l.ToString(CultureInfo.InvariantCulture);
            case BigInteger bi: return bi.ToString(CultureInfo.InvariantCulture);
            case double d: return FloatPolicy.Repr(d);
            case PySingleton s: return s.Repr;
            case PyComplex c: return MicroPythonFloat.ComplexRepr(c.Real, c.Imag);
            case PyBytes b: return PythonRepr.OfBytes(b.Data);
            case PyByteArray b: return "bytearray(" + PythonRepr.OfBytes(b.Data.ToArray()) + ")";
            case PyRange r: return r.Step == 1 ? $"range({r.Start}, {r.Stop})" : $"range({r.Start}, {r.Stop}, {r.Step})";
            case PySlice s: return $"slice({Of(s.Start)}, {Of(s.Stop)}, {Of(s.Step)})";
            case PyType t: return $"<class '{t.Name}'>";
            case PyModule m: return $"<module '{m.Name}'>";
            case PyFunction fn: return $"<function {fn.Name} at 0x{Id(fn):x}>";
            case PyBuiltin b: return $"<function {b.Name}>";
            case PyBoundMethod m: return $"<bound_method 0x{Id(m):x}>";
            case PyGenerator g: return $"<generator object '{g.Name}' at 0x{Id(g):x}>";
            case PyExceptionObject e:
                if (e.Class.Lookup("__repr__") is PyFunction fr)
                {
                    return AsStr(Calls.CallMethod(fr, e, []));
                }

                return e.Class.Name + Of(e.Args);
            case PyInstance inst:
                if (inst.Class.Lookup("__repr__") is { } f && !ReferenceEquals(f, Types.Object.Dict.Table.Get("__repr__")))
                {
                    return AsStr(Calls.CallMethod(f, inst, []));
                }

                if (inst.Native is { } n)
                {
                    return Of(n);
                }

                return $"<{inst.Class.Name} object at {Id(inst):x}>";
            case Builtins.DictView v: return v.Repr();
            case PyCell: return "<cell>";
            case PyIterator i: return $"<{i.TypeName} object at 0x{Id(i):x}>";
        }

        return $"<{Types.Of(o).Name}>";
    }

    public static string Str(object o)
    {
        switch (o)
        {
            case string s: return s;
            case PyExceptionObject e:
                if (e.Class.Lookup("__str__") is PyFunction fs)
                {
                    return AsStr(Calls.CallMethod(fs, e, []));
                }

                return ExceptionText(e);
            case PyInstance inst:
                if (inst.Class.Lookup("__str__") is { } f && !ReferenceEquals(f, Types.Object.Dict.Table.Get("__str__")))
                {
                    return AsStr(Calls.CallMethod(f, inst, []));
                }

                return inst.Native is { } n && inst.Class.Lookup("__repr__") is null ? Str(n) : Of(o);
        }

        return Of(o);
    }

    // The errno names the unix port knows, for OSError's "[Errno n] NAME" text.
    private static readonly Dictionary<long, string> ErrnoNames = new()
    {
        [1] = "EPERM", [2] = "ENOENT", [5] = "EIO", [9] = "EBADF", [11] = "EAGAIN", [12] = "ENOMEM", [13] = "EACCES",
        [17] = "EEXIST", [19] = "ENODEV", [20] = "ENOTDIR", [21] = "EISDIR", [22] = "EINVAL", [28] = "ENOSPC",
        [95] = "EOPNOTSUPP", [98] = "EADDRINUSE", [103] = "ECONNABORTED", [104] = "ECONNRESET", [105] = "ENOBUFS",
        [107] = "ENOTCONN", [110] = "ETIMEDOUT", [111] = "ECONNREFUSED", [113] = "EHOSTUNREACH", [114] = "EALREADY",
        [115] = "EINPROGRESS",
    };

    /// <summary>str() of an exception: its single argument, its argument tuple, or OSError's errno form.</summary>
    public static string ExceptionText(PyExceptionObject e)
    {
        var args = e.Args.Items;
        if (e.Class.IsSubclassOf(Types.OSError) && args.Length is 1 or 2 && args[0] is long errno && ErrnoNames.TryGetValue(errno, out var name))
        {
            return $"[Errno {errno}] {name}" + (args.Length > 1 ? ": " + Str(args[1]) : "");
        }

        return args.Length switch
        {
            0 => "",
            1 => Str(args[0]),
            _ => Of(e.Args),
        };
    }

    /// <summary>repr of a str as the unicode build prints it: printable ASCII as is, everything else escaped.</summary>
    public static string StrRepr(string s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2).Append(quote);
        foreach (var rune in s.EnumerateRunes())
        {
            var ch = rune.Value;
            if (ch == quote || ch == '\\')
            {
                sb.Append('\\').Append((char)ch);
            }
            else if (ch is >= 32 and <= 126)
            {
                sb.Append((char)ch);
            }
            else
            {
                sb.Append(ch switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    < 0x100 => $"\\x{ch:x2}",
                    < 0x10000 => $"\\u{ch:x4}",
                    _ => $"\\U{ch:x8}",
                });
            }
        }

        return sb.Append(quote).ToString();
    }

    private static string AsStr(object o) => o as string ?? throw Err.Type("__str__ returned non-string");

    public static long Id(object o) => o switch
    {
        long l => l,
        _ => 0x7f0000000000L + (System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(o) * 16L),
    };

    public static string Join(IEnumerable<string> parts, string sep)
    {
        var sb = new StringBuilder();
        foreach (var p in parts)
        {
            if (sb.Length > 0)
            {
                sb.Append(sep);
            }

            sb.Append(p);
        }

        return sb.ToString();
    }
}
