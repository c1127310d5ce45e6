namespace MicroPython.Freezer;

/// <summary>The canonical text of a diagnostic, as MSBuild prints one.</summary>
internal static class DiagnosticText
{
    public static string Format(string severity, string code, string message, string? fileName, int line, int column)
    {
        if (fileName is null)
        {
            return $"{severity} {code}: {message}";
        }

        var where = line > 0 ? $"({line},{Math.Max(column, 1)})" : "";
        return $"{fileName}{where}: {severity} {code}: {message}";
    }
}
