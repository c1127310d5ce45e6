namespace MicroPython.Runtime.Objects;

/// <summary>Makes an instance of a built-in type: the type being instantiated (maybe a subclass), the arguments.</summary>
internal delegate object TypeMaker(PyType cls, object[] args, KwArgs? kw);

/// <summary>A class: built-in or defined by a <c>class</c> statement.</summary>
internal sealed class PyType : PyObject
{
    public PyType(string name, PyType[] bases, PyDict dict, bool builtin)
    {
        Name = name;
        Bases = bases;
        Dict = dict;
        dict.Table.IsTypeDict = true;
        IsBuiltin = builtin;
    }

    public string Name { get; }

    public PyType[] Bases { get; }

    public PyDict Dict { get; }

    public bool IsBuiltin { get; }

    /// <summary>How a built-in type makes its instances; user classes inherit their built-in base's.</summary>
    public TypeMaker? Maker { get; set; }

    /// <summary>The module a user class was defined in, for its repr.</summary>
    public string Module { get; set; } = "";

    public override PyType Type => Types.TypeType;

    /// <summary>Finds an attribute in this class and its bases, depth first and left to right as MicroPython searches.</summary>
    public object? Lookup(string name) => LookupBelowObject(name) ?? Types.Object.Dict.Table.Get(name);

    // object is consulted only after every base: a mixin's implicit object base must not shadow a later base's method.
    private object? LookupBelowObject(string name)
    {
        if (ReferenceEquals(this, Types.Object))
        {
            return null;
        }

        if (Dict.Table.Get(name) is { } v)
        {
            return v;
        }

        foreach (var b in Bases)
        {
            if (b.LookupBelowObject(name) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The type and the class that defined <paramref name="name"/>.</summary>
    public (object? Value, PyType? Owner) LookupWithOwner(string name)
    {
        if (Dict.Table.Get(name) is { } v)
        {
            return (v, this);
        }

        foreach (var b in Bases)
        {
            var r = b.LookupWithOwner(name);
            if (r.Value is not null)
            {
                return r;
            }
        }

        return (null, null);
    }

    public bool IsSubclassOf(PyType other)
    {
        if (ReferenceEquals(this, other) || ReferenceEquals(other, Types.Object))
        {
            return true;
        }

        foreach (var b in Bases)
        {
            if (b.IsSubclassOf(other))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The nearest built-in ancestor other than object, whose maker makes the instance's native part.</summary>
    public PyType? NativeBase()
    {
        if (IsBuiltin)
        {
            return ReferenceEquals(this, Types.Object) ? null : this;
        }

        foreach (var b in Bases)
        {
            if (b.NativeBase() is { } n)
            {
                return n;
            }
        }

        return null;
    }
}
