namespace MicroPython.Freezer.Pipeline;

/// <summary>
/// An error or warning of the pipeline that does not stop it at once (planning reports every
/// problem it finds). The command line prints <see cref="ToString"/>; the MSBuild tasks log the
/// same code, message and location.
/// </summary>
/// <param name="IsError">An error (no output is written) rather than a warning.</param>
/// <param name="Code">The diagnostic code (see <see cref="DiagnosticCodes"/>).</param>
/// <param name="Message">What is wrong and what to do.</param>
/// <param name="FileName">The file it is about, or null.</param>
/// <param name="Line">The 1-based line, or 0.</param>
/// <param name="Column">The 1-based column, or 0.</param>
public sealed record FreezeDiagnostic(bool IsError, string Code, string Message, string? FileName, int Line = 0, int Column = 0)
{
    /// <summary>The diagnostic of a <see cref="FreezerException"/>.</summary>
    public static FreezeDiagnostic Of(FreezerException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new FreezeDiagnostic(true, e.Code, e.Reason, e.FileName, e.Line, e.Column);
    }

    /// <summary>The canonical one-line form: <c>FILE(LINE,COL): error CODE: MESSAGE</c>.</summary>
    public override string ToString() => DiagnosticText.Format(IsError ? "error" : "warning", Code, Message, FileName, Line, Column);
}
