namespace MicroPython.Runtime;

/// <summary>
/// What an <see cref="ISourceCompiler"/> throws for source it cannot compile; the VM raises it in the
/// program as the named Python exception (usually <c>SyntaxError</c>).
/// </summary>
public sealed class SourceCompileException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="pythonExceptionType">The Python exception to raise, such as <c>SyntaxError</c>.</param>
    /// <param name="pythonMessage">Its message, as MicroPython words it.</param>
    /// <param name="line">The 1-based line of the error, or 0 when unknown.</param>
    public SourceCompileException(string pythonExceptionType, string pythonMessage, int line = 0)
        : base(pythonExceptionType + ": " + pythonMessage)
    {
        PythonExceptionType = pythonExceptionType;
        PythonMessage = pythonMessage;
        Line = line;
    }

    /// <summary>The 1-based line of the error (its traceback entry shows it), or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>The Python exception type name.</summary>
    public string PythonExceptionType { get; }

    /// <summary>The Python exception message.</summary>
    public string PythonMessage { get; }
}
