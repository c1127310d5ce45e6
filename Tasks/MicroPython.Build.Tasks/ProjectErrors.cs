using Microsoft.Build.Utilities;

namespace MicroPython.Build.Tasks;

/// <summary>Reports configuration problems at the project file, where the fix goes, rather than inside the SDK's targets.</summary>
internal static class ProjectErrors
{
    public static void LogProjectError(this TaskLoggingHelper log, string projectFile, string code, string message) =>
        log.LogError(null, code, null, projectFile, 0, 0, 0, 0, message);
}
