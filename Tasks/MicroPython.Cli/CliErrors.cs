namespace MicroPython.Cli;

/// <summary>Diagnostic codes of errors the command line itself reports.</summary>
internal static class CliErrors
{
    /// <summary>An input file is missing or cannot be read.</summary>
    public const string FileNotReadable = "MPY4002";

    /// <summary>No folder of board profiles was found, or it holds none.</summary>
    public const string ProfilesNotFound = "MPY4004";
}
