namespace MicroPython.Bytecode;

/// <summary>A <c>.mpy</c> file that cannot be read: names the file and the byte offset where reading stopped.</summary>
public sealed class MpyFormatException : Exception
{
    /// <summary>Creates the error.</summary>
    public MpyFormatException(string reason, string? fileName, long offset)
        : base($"{fileName ?? "<data>"}: error {Code}: invalid .mpy at byte {offset}: {reason}")
    {
        Reason = reason;
        FileName = fileName;
        Offset = offset;
    }

    /// <summary>The diagnostic code of every unreadable-<c>.mpy</c> error.</summary>
    public const string Code = "MPY4001";

    /// <summary>What was wrong, without the file and offset.</summary>
    public string Reason { get; }

    /// <summary>The file being read, if known.</summary>
    public string? FileName { get; }

    /// <summary>The byte offset within the file where reading stopped.</summary>
    public long Offset { get; }
}
