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
    /// <param name="column">The 1-based column in characters (see <see cref="Column"/>), or 0 when unknown.</param>
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

    /// <summary>
    /// The 1-based column, or 0 when unknown: the index of the culprit's first character in its
    /// line, counting Unicode characters (code points, so an astral character counts once) and a
    /// tab as one character, like CPython's offsets. A lexer or parser error points at the token
    /// where reading failed; a compiler error at the node mpy-cross blames (the one whose line it
    /// reports), or at a more precise culprit on that same line: the reused parameter name, the
    /// positional argument after a keyword one, the expression that cannot be deleted or assigned.
    /// Text that an f-string's fields are rewritten into has no columns of its own; its tokens
    /// point at the f-string.
    /// </summary>
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
