using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime;

/// <summary>Makes the exceptions the runtime raises, with MicroPython's messages.</summary>
internal static class Err
{
    public static PyRaise Make(PyType type, string? message = null) =>
        new(new PyExceptionObject(type, message is null ? PyTuple.Empty : new PyTuple([message])));

    public static PyRaise Type(string message) => Make(Types.TypeError, message);

    public static PyRaise Value(string message) => Make(Types.ValueError, message);

    public static PyRaise Index(string message) => Make(Types.IndexError, message);

    public static PyRaise Attribute(string message) => Make(Types.AttributeError, message);

    public static PyRaise ZeroDivision(string message = "divide by zero") => Make(Types.ZeroDivisionError, message);

    public static PyRaise Key(object key) => new(new PyExceptionObject(Types.KeyError, new PyTuple([key])));

    public static PyRaise Name(string name) => Make(Types.NameError, $"name '{name}' isn't defined");

    public static PyRaise NoAttribute(object obj, string name) => obj is PyType t
        ? Attribute($"type object '{t.Name}' has no attribute '{name}'")
        : Attribute($"'{Types.Of(obj).Name}' object has no attribute '{name}'");

    public static PyRaise Unsupported(string method, object a, object b) =>
        Type($"unsupported types for {method}: '{Types.Of(a).Name}', '{Types.Of(b).Name}'");

    public static PyRaise NotCallable(object o) => Type($"'{Types.Of(o).Name}' object isn't callable");

    public static PyRaise NotIterable(object o) => Type($"'{Types.Of(o).Name}' object isn't iterable");

    public static PyRaise StopIteration(object value) =>
        new(new PyExceptionObject(Types.StopIteration, value is PySingleton { } s && s == PySingleton.None ? PyTuple.Empty : new PyTuple([value])));
}
