namespace MicroPython.Freezer;

/// <summary>
/// A manifest or freezing failure with a stable code (<c>MPY2xxx</c>, see <see cref="FreezerErrors"/>)
/// and, where one is known, the file, line and column it is about.
/// </summary>
public sealed class FreezerException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="code">The diagnostic code.</param>
    /// <param name="message">What went wrong and, where it helps, what to do.</param>
    /// <param name="fileName">The manifest or module the error is about, or null.</param>
    /// <param name="line">The 1-based line, or 0 when unknown.</param>
    /// <param name="column">The 1-based column, or 0 when unknown.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public FreezerException(string code, string message, string? fileName = null, int line = 0, int column = 0, Exception? inner = null)
        : base(DiagnosticText.Format("error", code, message, fileName, line, column), inner)
    {
        Code = code;
        Reason = message;
        FileName = fileName;
        Line = line;
        Column = column;
    }

    /// <summary>The diagnostic code.</summary>
    public string Code { get; }

    /// <summary>The message without location and code.</summary>
    public string Reason { get; }

    /// <summary>The file the error is about, or null.</summary>
    public string? FileName { get; }

    /// <summary>The 1-based line, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>The 1-based column, or 0 when unknown.</summary>
    public int Column { get; }
}
