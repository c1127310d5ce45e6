namespace MicroPython.Runtime;

/// <summary>
/// The VM itself failed (a fault of the host VM, not of the program): the run stopped without a
/// Python exception to show. Hosts report it as an internal error, never as the program's.
/// </summary>
public sealed class MicroPythonVmException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MicroPythonVmException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public MicroPythonVmException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The host failure.</param>
    public MicroPythonVmException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
