using MicroPython.Freezer;
using MicroPython.Freezer.Pipeline;
using Microsoft.Build.Utilities;

namespace MicroPython.Build.Tasks;

/// <summary>Logs the pipeline's diagnostics as MSBuild errors and warnings, with the code, message and location the command line prints.</summary>
internal static class DiagnosticLog
{
    /// <summary>Logs <paramref name="diagnostic"/>; one without a file is reported at <paramref name="projectFile"/>.</summary>
    public static void Report(this TaskLoggingHelper log, FreezeDiagnostic diagnostic, string projectFile)
    {
        var file = diagnostic.FileName ?? projectFile;

        // As the command line prints it: a known line always has a column.
        var column = diagnostic.Line > 0 ? Math.Max(diagnostic.Column, 1) : 0;
        if (diagnostic.IsError)
        {
            log.LogError(null, diagnostic.Code, null, file, diagnostic.Line, column, 0, 0, diagnostic.Message);
        }
        else
        {
            log.LogWarning(null, diagnostic.Code, null, file, diagnostic.Line, column, 0, 0, diagnostic.Message);
        }
    }

    /// <summary>Logs the error of <paramref name="e"/>.</summary>
    public static void Report(this TaskLoggingHelper log, FreezerException e, string projectFile) =>
        log.Report(FreezeDiagnostic.Of(e), projectFile);
}
