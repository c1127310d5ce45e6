using MicroPython.Freezer.Pipeline;

namespace MicroPython.Cli;

/// <summary>Prints the pipeline's diagnostics to stderr, one canonical line each (as MSBuild prints them).</summary>
internal static class Diagnostics
{
    public static void Print(IEnumerable<FreezeDiagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Console.Error.Write(d + "\n");
        }
    }
}
