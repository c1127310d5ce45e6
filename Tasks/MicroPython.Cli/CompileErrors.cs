namespace MicroPython.Cli;

/// <summary>Diagnostic codes of <c>mpy compile</c> failures that are not errors in the source itself.</summary>
internal static class CompileErrors
{
    /// <summary><c>-march</c>, <c>-march-flags</c> or <c>-X emit=native|viper</c> was asked for.</summary>
    public const string NativeNotSupported = "MPY1901";

    /// <summary>The command line names no input, or more than one in the drop-in form.</summary>
    public const string BadInputs = "MPY1902";
}
