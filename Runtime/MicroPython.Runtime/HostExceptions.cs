using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime;

/// <summary>
/// Turns .NET failures inside built-ins (a wrong argument type, too few arguments, a size that does
/// not fit, a runaway recursion through .NET code) into the Python exceptions a program can catch,
/// so bad input never takes the host down.
/// </summary>
internal static class HostExceptions
{
    public static PyExceptionObject? Translate(Exception e) => e switch
    {
        PyRaise r => r.Value,
        InvalidCastException => Err.Type("unsupported type for this operation").Value,
        IndexOutOfRangeException => Err.Type("function missing required positional argument").Value,
        DivideByZeroException => Err.ZeroDivision().Value,
        OutOfMemoryException => Err.Make(Types.MemoryError, "memory allocation failed").Value,
        OverflowException => Err.Make(Types.OverflowError, "result too large").Value,
        InsufficientExecutionStackException => Err.Make(Types.RuntimeError, "maximum recursion depth exceeded").Value,
        ArgumentException => Err.Value("argument out of range").Value,
        _ => null,
    };
}
