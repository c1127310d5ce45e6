namespace MicroPython.Runtime;

/// <summary>How a run ended.</summary>
/// <param name="Completed">Whether the module ran to its end (or exited through <c>SystemExit</c>).</param>
/// <param name="ExceptionType">The type name of the uncaught exception, or null.</param>
/// <param name="Traceback">The text MicroPython prints for the uncaught exception, or null.</param>
/// <param name="ExitCode">The exit status the unix port would return: 0, 1 for an uncaught exception, or the SystemExit code.</param>
public sealed record RunOutcome(bool Completed, string? ExceptionType, string? Traceback, int ExitCode)
{
    /// <summary>What the unix port prints (to standard error) for a <c>SystemExit</c> whose value is neither None nor an int, or null.</summary>
    public string? ExitMessage { get; init; }
}
