using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime.Interpreter;

/// <summary>
/// What one global-name instruction remembers from its last lookup: the globals table and version it
/// looked in, the slot the name was found in there, or (when it was not there) its slot among the
/// builtins. Names are interned strings, so a slot is checked by reference without hashing.
/// </summary>
internal sealed class GlobalCache
{
    public HashTable? Table;
    public int Version;
    public int Slot = -1;
    public int BuiltinVersion;
    public int BuiltinSlot = -1;
}

/// <summary>
/// What one attribute instruction remembers: the slot the name had in the last instance dict it was
/// found in, and the class (with the class-dict epoch) whose lookup gave a method or allowed a plain store.
/// </summary>
internal sealed class AttrCache
{
    public int Slot = -1;
    public PyType? Type;
    public int Epoch;
    public object? Method;
}

/// <summary>The cached forms of the name and attribute instructions; each falls back to the full lookup and refills its cache.</summary>
internal static class InlineCaches
{
    public static object LoadGlobal(GlobalCache c, PyDict globals, string name, VmContext ctx)
    {
        var table = globals.Table;
        var builtins = ctx.Builtins.Table;
        if (ReferenceEquals(c.Table, table) && c.Version == table.Version)
        {
            if (c.Slot >= 0)
            {
                return table.ValueAt(c.Slot)!;
            }

            if (c.BuiltinSlot >= 0 && c.BuiltinVersion == builtins.Version)
            {
                return builtins.ValueAt(c.BuiltinSlot)!;
            }
        }

        c.Table = table;
        c.Version = table.Version;
        c.Slot = table.SlotOf(name);
        if (c.Slot >= 0)
        {
            return table.ValueAt(c.Slot)!;
        }

        c.BuiltinVersion = builtins.Version;
        c.BuiltinSlot = builtins.SlotOf(name);
        return c.BuiltinSlot >= 0 ? builtins.ValueAt(c.BuiltinSlot)! : throw Err.Name(name);
    }

    public static void StoreGlobal(GlobalCache c, PyDict globals, string name, object value)
    {
        var table = globals.Table;
        if (ReferenceEquals(c.Table, table) && c.Version == table.Version && c.Slot >= 0)
        {
            table.SetAt(c.Slot, value);
            return;
        }

        table.Set(name, value);
        c.Table = table;
        c.Version = table.Version;
        c.Slot = table.SlotOf(name);
    }

    public static object LoadAttr(AttrCache c, object o, string name)
    {
        if (o is PyInstance inst)
        {
            var dict = inst.Dict.Table;
            if (dict.TryGetAt(c.Slot, name, out var v))
            {
                return v!;
            }

            if (!IsSpecial(name) && o is not PyExceptionObject && dict.SlotOf(name) is var slot and >= 0)
            {
                c.Slot = slot;
                return dict.ValueAt(slot)!;
            }
        }

        return Attr.Get(o, name);
    }

    /// <summary>LOAD_METHOD: a method found on the class comes back with its self, unbound.</summary>
    public static (object Method, object? Self) LoadMethod(AttrCache c, object o, string name)
    {
        var type = o switch
        {
            PyInstance i => i.Class,
            string or PyList or PyDict or PySet or PyTuple or PyBytes or PyByteArray => Types.Of(o),
            _ => null,
        };
        if (type is null)
        {
            return Attr.LoadMethod(o, name);
        }

        if (ReferenceEquals(c.Type, type) && c.Epoch == HashTable.TypeEpoch && NotInInstance(o, name))
        {
            return (c.Method!, o);
        }

        if (o is PyInstance)
        {
            var found = Attr.LoadMethod(o, name);
            if (found.Self is not null)
            {
                Fill(c, type, found.Method);
            }

            return found;
        }

        // A built-in type's method: what the bound method would hold, without making one.
        if (type.Lookup(name) is PyBuiltin b)
        {
            Fill(c, type, b);
            return (b, o);
        }

        return (Attr.Get(o, name), null);
    }

    /// <summary>STORE_ATTR of a plain instance attribute: checked once per class (no property, no __setattr__), then a slot store.</summary>
    public static void StoreAttr(AttrCache c, object o, string name, object value)
    {
        if (o is PyInstance inst and not PyExceptionObject)
        {
            var type = inst.Class;
            if (!ReferenceEquals(c.Type, type) || c.Epoch != HashTable.TypeEpoch)
            {
                if (type.Lookup(name) is PyProperty || type.Lookup("__setattr__") is PyFunction)
                {
                    Attr.Set(o, name, value);
                    return;
                }

                Fill(c, type, null);
            }

            var dict = inst.Dict.Table;
            if (dict.TryGetAt(c.Slot, name, out _))
            {
                dict.SetAt(c.Slot, value);
                return;
            }

            dict.Set(name, value);
            c.Slot = dict.SlotOf(name);
            return;
        }

        Attr.Set(o, name, value);
    }

    private static void Fill(AttrCache c, PyType type, object? method)
    {
        c.Type = type;
        c.Epoch = HashTable.TypeEpoch;
        c.Method = method;
    }

    private static bool NotInInstance(object o, string name) =>
        o is not PyInstance inst || inst.Dict.Count == 0 || inst.Dict.Table.SlotOf(name) < 0;

    // Names an instance answers before its dict.
    private static bool IsSpecial(string name) => name is "__class__" or "__dict__";
}
