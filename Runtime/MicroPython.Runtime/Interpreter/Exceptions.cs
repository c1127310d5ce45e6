using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime.Interpreter;

/// <summary>Turns what a <c>raise</c> names into an exception instance.</summary>
internal static class Exceptions
{
    public static PyExceptionObject MakeRaisable(object o) => o switch
    {
        PyExceptionObject e => e,
        PyType t when t.IsSubclassOf(Types.BaseException) => Calls.Call(t, []) as PyExceptionObject
            ?? throw Err.Type("exceptions must derive from BaseException"),
        _ => Err.Type("exceptions must derive from BaseException").Value,
    };
}
