namespace MicroPython.Compiler.Diagnostics;

/// <summary>
/// A compile-time error in Python source, carrying what mpy-cross prints (exception type, message,
/// line, and the scope name for errors found by the compiler rather than the parser) plus what
/// mpy-cross cannot give: the column and a stable diagnostic code.
/// </summary>
public sealed class CompileError : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="exceptionType">The Python exception type, e.g. <c>SyntaxError</c> or <c>IndentationError</c>.</param>
    /// <param name="message">The message after the type, exactly as MicroPython prints it.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column, or 0 when unknown.</param>
    /// <param name="scopeName">The scope the compiler was in (<c>&lt;module&gt;</c>, a function name), or null for parser errors.</param>
    /// <param name="code">The diagnostic code (<c>MPY1xxx</c>).</param>
    public CompileError(string exceptionType, string message, int line, int column, string? scopeName, string code)
        : base($"{exceptionType}: {message}")
    {
        ExceptionType = exceptionType;
        PythonMessage = message;
        Line = line;
        Column = column;
        ScopeName = scopeName;
        Code = code;
    }

    /// <summary>The Python exception type.</summary>
    public string ExceptionType { get; }

    /// <summary>The message as MicroPython prints it after the type.</summary>
    public string PythonMessage { get; }

    /// <summary>The 1-based line.</summary>
    public int Line { get; }

    /// <summary>The 1-based column, or 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>The scope name mpy-cross prints after the line (<c>, in f</c>), or null for parser errors.</summary>
    public string? ScopeName { get; }

    /// <summary>The diagnostic code.</summary>
    public string Code { get; }

    /// <summary>
    /// What mpy-cross writes to stderr for this error, for a file named <paramref name="sourceName"/>.
    /// Only the syntax errors that the parser and compiler raise carry a position in the reference;
    /// others (<c>RuntimeError: bytecode overflow</c>, <c>RuntimeError: name too long</c>,
    /// <c>NotImplementedError: unicode name escapes</c>) are printed as the bare exception.
    /// </summary>
    public string ToTraceback(string sourceName) =>
        (Line > 0 && ExceptionType is "SyntaxError" or "IndentationError"
            ? "Traceback (most recent call last):\n"
              + $"  File \"{sourceName}\", line {Line}" + (ScopeName is null ? "" : $", in {ScopeName}") + "\n"
            : "")
        + $"{ExceptionType}: {PythonMessage}\n";

    /// <summary>The error in MSBuild's canonical form: <c>path(line,col): error CODE: Type: message</c>.</summary>
    public string ToCanonical(string path) =>
        (Line > 0 ? $"{path}({Line},{Math.Max(Column, 1)})" : path) + $": error {Code}: {ExceptionType}: {PythonMessage}";
}
