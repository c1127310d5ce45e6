namespace MicroPython.Cli;

/// <summary>Diagnostic codes of errors the command line itself reports.</summary>
internal static class CliErrors
{
    /// <summary>An input file is missing or cannot be read.</summary>
    public const string FileNotReadable = "MPY4002";

    /// <summary><c>mpy run --target</c> names no board the SDK has, or its profile is broken.</summary>
    public const string UnknownBoard = "MPY3001";

    /// <summary><c>mpy run --image</c> names no image description the build wrote, or one whose files are missing.</summary>
    public const string BadImage = "MPY4004";

    /// <summary>The host VM itself failed (not the program): an internal error to report.</summary>
    public const string RunnerFault = "MPY4999";

    /// <summary>No folder of board profiles was found, or it holds none.</summary>
    public const string ProfilesNotFound = "MPY4005";
}
