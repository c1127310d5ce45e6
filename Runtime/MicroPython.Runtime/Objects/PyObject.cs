namespace MicroPython.Runtime.Objects;

/// <summary>
/// Base of every heap object the VM defines itself. Python values that .NET already models well
/// (int as <see cref="long"/> or <see cref="System.Numerics.BigInteger"/>, <see cref="bool"/>,
/// <see cref="string"/>, <see cref="double"/>) are used directly and get their type from <see cref="Types.Of"/>.
/// </summary>
internal abstract class PyObject
{
    public abstract PyType Type { get; }
}

/// <summary>The singleton objects without state: None, Ellipsis, NotImplemented.</summary>
internal sealed class PySingleton : PyObject
{
    private readonly Func<PyType> type;

    private PySingleton(string repr, Func<PyType> type)
    {
        Repr = repr;
        this.type = type;
    }

    public static PySingleton None { get; } = new("None", () => Types.NoneType);

    public static PySingleton Ellipsis { get; } = new("Ellipsis", () => Types.EllipsisType);

    public static PySingleton NotImplemented { get; } = new("NotImplemented", () => Types.NotImplementedType);

    public string Repr { get; }

    public override PyType Type => type();
}

/// <summary>A boxed jump destination that an unwinding <c>finally</c> keeps on the value stack.</summary>
internal sealed class JumpTarget(int ip) : PyObject
{
    public int Ip { get; } = ip;

    public override PyType Type => Types.Object;
}

/// <summary>A variable shared between a function and the closures it makes.</summary>
internal sealed class PyCell(object? value) : PyObject
{
    public object? Value { get; set; } = value;

    public override PyType Type => Types.Cell;
}

/// <summary>A complex number.</summary>
internal sealed class PyComplex(double real, double imag) : PyObject
{
    public double Real { get; } = real;

    public double Imag { get; } = imag;

    public override PyType Type => Types.Complex;
}

/// <summary>A slice object.</summary>
internal sealed class PySlice(object start, object stop, object step) : PyObject
{
    public object Start { get; } = start;

    public object Stop { get; } = stop;

    public object Step { get; } = step;

    public override PyType Type => Types.Slice;
}

/// <summary>A <c>range</c>.</summary>
internal sealed class PyRange(long start, long stop, long step) : PyObject
{
    public long Start { get; } = start;

    public long Stop { get; } = stop;

    public long Step { get; } = step;

    public long Length => Step > 0
        ? (Stop > Start ? (Stop - Start + Step - 1) / Step : 0)
        : (Start > Stop ? (Start - Stop - Step - 1) / -Step : 0);

    public override PyType Type => Types.Range;
}

/// <summary>A module: a name and its globals.</summary>
internal sealed class PyModule(string name, PyDict globals) : PyObject
{
    public string Name { get; } = name;

    public PyDict Globals { get; } = globals;

    /// <summary>A built-in module whose globals live in ROM on the device: attributes cannot be set.</summary>
    public bool ReadOnly { get; init; }

    public override PyType Type => Types.Module;
}
