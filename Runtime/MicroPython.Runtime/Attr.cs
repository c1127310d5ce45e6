using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime;

/// <summary>Attribute lookup, binding and assignment.</summary>
internal static class Attr
{
    /// <summary>Binds what a class lookup found to an instance (or class, for classmethods).</summary>
    public static object Bind(object v, object self, PyType cls) => v switch
    {
        PyFunction => new PyBoundMethod(self, v),
        PyBuiltin => new PyBoundMethod(self is PyInstance { Native: { } n } && !IsObjectMethod(v) ? n : self, v),
        PyStaticMethod s => s.Function,
        PyClassMethod c => new PyBoundMethod(cls, c.Function),
        PyProperty p => p.Getter == Ops.None ? throw Err.Attribute("unreadable attribute") : Calls.Call(p.Getter, [self]),
        _ => v,
    };

    private static bool IsObjectMethod(object v) => Types.Object.Dict.Table.Entries().Any(e => ReferenceEquals(e.Value, v));

    public static object Get(object o, string name) => TryGet(o, name) ?? throw Err.NoAttribute(o, name);

    public static object? TryGet(object o, string name)
    {
        switch (o)
        {
            case PyInstance inst:
                {
                    if (name == "__class__")
                    {
                        return inst.Class;
                    }

                    if (name == "__dict__")
                    {
                        return inst.Dict;
                    }

                    if (inst.Dict.Table.Get(name) is { } v)
                    {
                        return v;
                    }

                    if (inst is PyExceptionObject ex)
                    {
                        if (name == "args")
                        {
                            return ex.Args;
                        }

                        // MicroPython gives every exception these aliases of args[0] (StopIteration's and OSError's).
                        if (name is "value" or "errno")
                        {
                            return ex.Value;
                        }
                    }

                    if (inst.Class.Lookup(name) is { } cv)
                    {
                        return Bind(cv, inst, inst.Class);
                    }

                    if (inst.Native is { } n && TryGet(n, name) is { } nv)
                    {
                        return nv;
                    }

                    if (inst.Class.Lookup("__getattr__") is { } ga)
                    {
                        return Calls.CallMethod(ga, inst, [name]);
                    }

                    return null;
                }

            case PyType t:
                switch (name)
                {
                    case "__name__": return t.Name;
                    case "__class__": return Types.TypeType;
                    case "__bases__": return new PyTuple(t.Bases.Where(b => !ReferenceEquals(b, Types.Object) || ReferenceEquals(t, Types.Object)).Cast<object>().ToArray() is { Length: > 0 } bs ? bs : [Types.Object]);
                    case "__dict__": return t.Dict;
                    case "__module__" when t.Dict.Table.Get("__module__") is null: return t.Module;
                }

                if (t.Lookup(name) is { } tv)
                {
                    return tv switch
                    {
                        PyClassMethod c => new PyBoundMethod(t, c.Function),
                        PyStaticMethod s => s.Function,
                        _ => tv,
                    };
                }

                if (Types.TypeType.Lookup(name) is { } meta)
                {
                    return Bind(meta, t, Types.TypeType);
                }

                return null;
            case PyModule m:
                if (name == "__name__")
                {
                    return m.Name;
                }

                // A module-level __getattr__ supplies what the module lacks (asyncio loads its parts so).
                return m.Globals.Table.Get(name)
                    ?? (name != "__getattr__" && m.Globals.Table.Get("__getattr__") is { } moduleGetAttr ? Calls.Call(moduleGetAttr, [name]) : null);
            case PySuper s:
                {
                    foreach (var b in s.Class.Bases)
                    {
                        if (!ReferenceEquals(b, Types.Object) && b.Lookup(name) is { } sv && !ReferenceEquals(sv, Types.Object.Dict.Table.Get(name)))
                        {
                            // MicroPython hands back a base property object itself rather than calling its getter.
                            var selfType = s.Self as PyType ?? Types.Of(s.Self);
                            return sv is PyProperty ? sv : Bind(sv, s.Self, selfType);
                        }
                    }

                    if (Types.Object.Lookup(name) is { } ov)
                    {
                        return Bind(ov, s.Self, Types.Of(s.Self));
                    }

                    return null;
                }

            case PyFunction f:
                return name switch
                {
                    "__name__" => f.Name,
                    "__module__" => f.Module.Globals.Table.Get("__name__"),
                    _ => null,
                };
            case PyBuiltin b:
                return name == "__name__" ? b.Name : null;
            case PyBoundMethod m:
                return name switch
                {
                    "__self__" => m.Self,
                    "__func__" => m.Function,
                    "__name__" => TryGet(m.Function, "__name__"),
                    _ => null,
                };
            case PyComplex c:
                if (name is "real" or "imag")
                {
                    return name == "real" ? c.Real : c.Imag;
                }

                break;
            case PySlice sl:
                switch (name)
                {
                    case "start": return sl.Start;
                    case "stop": return sl.Stop;
                    case "step": return sl.Step;
                }

                break;
            case PyRange r:
                switch (name)
                {
                    case "start": return r.Start;
                    case "stop": return r.Stop;
                    case "step": return r.Step;
                }

                break;
            case PyProperty p:
                switch (name)
                {
                    case "fget": return p.Getter;
                    case "fset": return p.Setter;
                }

                break;
            case PyGenerator g when name == "__name__":
                return g.Name;
        }

        if (name == "__class__")
        {
            return Types.Of(o);
        }

        if (Types.Of(o).Lookup(name) is { } bv)
        {
            return Bind(bv, o, Types.Of(o));
        }

        return null;
    }

    /// <summary>LOAD_METHOD: the function and its self without making a bound method, or the attribute and null.</summary>
    public static (object Method, object? Self) LoadMethod(object o, string name)
    {
        if (o is PyInstance inst && inst.Dict.Table.Get(name) is null && inst.Class.Lookup(name) is PyFunction f)
        {
            return (f, inst);
        }

        return (Get(o, name), null);
    }

    public static void Set(object o, string name, object value)
    {
        switch (o)
        {
            case PyInstance inst:
                {
                    var cv = inst.Class.Lookup(name);
                    if (cv is PyProperty p)
                    {
                        if (p.Setter == Ops.None)
                        {
                            throw Err.Attribute("can't set attribute");
                        }

                        Calls.Call(p.Setter, [inst, value]);
                        return;
                    }

                    if (inst.Class.Lookup("__setattr__") is PyFunction sa)
                    {
                        Calls.Call(sa, [inst, name, value]);
                        return;
                    }

                    if (inst is PyExceptionObject ex && name == "args")
                    {
                        ex.Args = value as PyTuple ?? new PyTuple([.. Seq.ToList(value)]);
                        return;
                    }

                    inst.Dict[name] = value;
                    return;
                }

            case PyType t when !t.IsBuiltin:
                t.Dict[name] = value;
                return;
            case PyModule m when !m.ReadOnly:
                m.Globals[name] = value;
                return;
        }

        throw Err.NoAttribute(o, name);
    }

    public static void Delete(object o, string name)
    {
        switch (o)
        {
            case PyInstance inst:
                if (inst.Class.Lookup(name) is PyProperty { Deleter: not PySingleton } p)
                {
                    Calls.Call(p.Deleter, [inst]);
                    return;
                }

                if (inst.Class.Lookup("__delattr__") is PyFunction da)
                {
                    Calls.Call(da, [inst, name]);
                    return;
                }

                if (inst.Dict.Table.Remove(name, out _))
                {
                    return;
                }

                break;
            case PyType t when !t.IsBuiltin && t.Dict.Table.Remove(name, out _):
                return;
            case PyModule m when m.Globals.Table.Remove(name, out _):
                return;
        }

        throw Err.NoAttribute(o, name);
    }
}
