using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime;

/// <summary>
/// Which .NET failures inside the VM are the program's Python exceptions. Only those whose meaning
/// is the device's own are: a raised Python exception, the host stack running out (the device's
/// C-stack check: <c>RuntimeError</c>) and the host running out of memory (<c>MemoryError</c>).
/// Any other host exception is a fault of the VM, never guessed into a Python one by its type; it
/// stops the run as an internal error.
/// </summary>
internal static class HostExceptions
{
    public static PyExceptionObject? Translate(Exception e) => e switch
    {
        PyRaise r => r.Value,
        OutOfMemoryException => Err.Make(Types.MemoryError, "memory allocation failed").Value,
        InsufficientExecutionStackException => Err.Make(Types.RuntimeError, "maximum recursion depth exceeded").Value,
        _ => null,
    };
}
