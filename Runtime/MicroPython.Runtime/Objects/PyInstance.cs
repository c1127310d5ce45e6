namespace MicroPython.Runtime.Objects;

/// <summary>An instance of a user class.</summary>
internal class PyInstance(PyType cls) : PyObject
{
    public PyType Class { get; set; } = cls;

    public PyDict Dict { get; } = new();

    /// <summary>The built-in part when the class derives from a built-in type such as list or dict.</summary>
    public object? Native { get; set; }

    public override PyType Type => Class;
}

/// <summary>One line of a traceback.</summary>
internal readonly record struct TracebackEntry(string File, int Line, string Block);

/// <summary>An exception instance (of a built-in exception type or a user subclass of one).</summary>
internal sealed class PyExceptionObject(PyType cls, PyTuple args) : PyInstance(cls)
{
    public PyTuple Args { get; set; } = args;

    public List<TracebackEntry> Traceback { get; } = [];

    /// <summary>The value of a StopIteration (its first argument, or None).</summary>
    public object Value => Args.Items.Length > 0 ? Args.Items[0] : PySingleton.None;
}

/// <summary>Carries a Python exception through .NET frames.</summary>
internal sealed class PyRaise(PyExceptionObject value) : Exception(Describe(value))
{
    public PyExceptionObject Value { get; } = value;

    private static string Describe(PyExceptionObject e) =>
        e.Class.Name + (e.Args.Items.Length > 0 && e.Args.Items[0] is string s ? ": " + s : "");
}
