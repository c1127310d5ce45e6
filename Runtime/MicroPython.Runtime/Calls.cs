using MicroPython.Runtime.Interpreter;
using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime;

/// <summary>Calling any callable.</summary>
internal static class Calls
{
    public static object Call(object f, object[] args, KwArgs? kw = null)
    {
        switch (f)
        {
            case PyFunction fn: return Executor.CallFunction(fn, args, kw);
            case PyBuiltin b: return BuiltinArguments.Call(b, args, kw);
            case PyBoundMethod m: return Call(m.Function, [m.Self, .. args], kw);
            case PyType t: return Construct(t, args, kw);
            case PyStaticMethod s: return Call(s.Function, args, kw);
            case PyClassMethod c when args.Length > 0: return Call(c.Function, args, kw);
            case PyInstance inst when inst.Class.Lookup("__call__") is { } call:
                return Call(Attr.Bind(call, inst, inst.Class), args, kw);
        }

        throw Err.NotCallable(f);
    }

    /// <summary>Calls what a class lookup found, as a method of <paramref name="self"/>.</summary>
    public static object CallMethod(object f, object self, object[] args) => Call(Attr.Bind(f, self, Types.Of(self)), args);

    /// <summary>Calls the pair LOAD_METHOD left: a function and its self, or a callable and null.</summary>
    public static object CallLoaded(object f, object? self, object[] args) => self is null ? Call(f, args) : Call(f, [self, .. args]);

    /// <summary>Adds the items of a <c>**mapping</c> argument.</summary>
    public static void AddMapping(KwArgs kw, object mapping)
    {
        if (mapping is PyDict d)
        {
            foreach (var e in d.Table.Entries())
            {
                kw.Add(new(e.Key as string ?? throw Err.Type("keywords must be strings"), e.Value!));
            }

            return;
        }

        var keys = Calls.Call(Attr.Get(mapping, "keys"), []);
        var it = Iter.Get(keys);
        while (Iter.Next(it) is { } k)
        {
            kw.Add(new((string)k, Seq.GetItem(mapping, k)));
        }
    }

    public static object Construct(PyType t, object[] args, KwArgs? kw)
    {
        if (t.IsBuiltin)
        {
            return (t.Maker ?? throw Err.Type($"cannot create '{t.Name}' instances"))(t, args, kw);
        }

        object obj;
        var newFn = t.Lookup("__new__");
        if (newFn is PyFunction or PyStaticMethod)
        {
            var fn = newFn is PyStaticMethod sm ? sm.Function : newFn;
            obj = Call(fn, [t, .. args], kw);
            if (obj is not PyInstance pi || !pi.Class.IsSubclassOf(t))
            {
                return obj;
            }
        }
        else
        {
            obj = NewInstance(t, args, kw);
        }

        if (t.Lookup("__init__") is { } init and not PyBuiltin)
        {
            var r = Call(Attr.Bind(init, obj, t), args, kw);
            if (r != Ops.None)
            {
                throw Err.Type("__init__() should return None");
            }
        }

        return obj;
    }

    /// <summary>object.__new__: a bare instance of a user class, with its built-in part made from the arguments.</summary>
    public static PyInstance NewInstance(PyType t, object[] args, KwArgs? kw)
    {
        var native = t.NativeBase();
        if (native is not null && native.IsSubclassOf(Types.BaseException))
        {
            return new PyExceptionObject(t, new PyTuple(args));
        }

        var inst = new PyInstance(t);
        if (native?.Maker is { } maker)
        {
            var hasInit = t.Lookup("__init__") is not PyBuiltin and not null;
            inst.Native = hasInit ? maker(native, [], null) : maker(native, args, kw);
        }

        return inst;
    }
}
