namespace MicroPython.Bytecode.Targets;

/// <summary>A target profile file that cannot be used: names the file and what is wrong with it.</summary>
public sealed class TargetProfileException : Exception
{
    /// <summary>The diagnostic code of every unusable-profile error.</summary>
    public const string Code = "MPY3002";

    /// <summary>Creates the error.</summary>
    /// <param name="origin">The profile file (or other source) that was being read.</param>
    /// <param name="reason">What is wrong, in words.</param>
    public TargetProfileException(string origin, string reason)
        : base($"{origin}: error {Code}: invalid target profile: {reason}")
    {
        Origin = origin;
        Reason = reason;
    }

    /// <summary>The profile file (or other source) that was being read.</summary>
    public string Origin { get; }

    /// <summary>What is wrong, without the file name.</summary>
    public string Reason { get; }
}
