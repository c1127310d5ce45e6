using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime.Builtins;

/// <summary>Argument helpers for built-in functions.</summary>
internal static class Args
{
    public static object? Kw(KwArgs? kw, string name)
    {
        if (kw is null)
        {
            return null;
        }

        foreach (var (k, v) in kw)
        {
            if (k == name)
            {
                return v;
            }
        }

        return null;
    }

    public static object Opt(object[] args, int i, object dflt) => args.Length > i ? args[i] : dflt;

    public static void Count(object[] args, int min, int max, string name)
    {
        if (args.Length < min || args.Length > max)
        {
            throw min == max
                ? Err.Type($"function takes {min} positional arguments but {args.Length} were given")
                : Err.Type($"function expected at most {max} arguments, got {args.Length}");
        }
    }

    public static string Str(object o) => o as string ?? (o is PyInstance { Native: string s } ? s : throw Err.Type($"can't convert '{Types.Of(o).Name}' object to str implicitly"));

    public static void Def(PyDict d, string name, Func<object[], KwArgs?, object> body) => d[name] = new PyBuiltin(name, body);

    public static void Def(PyType t, string name, Func<object[], KwArgs?, object> body) => t.Dict[name] = new PyBuiltin(name, body);

    public static void Def(PyType t, string name, Func<object[], object> body) => t.Dict[name] = new PyBuiltin(name, (a, _) => body(a));
}
