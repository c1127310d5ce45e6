namespace MicroPython.Bytecode.Romfs;

/// <summary>A ROMFS image that cannot be read: names the image and the byte offset where reading stopped.</summary>
public sealed class RomfsFormatException : Exception
{
    /// <summary>Creates the error.</summary>
    public RomfsFormatException(string reason, string? fileName, long offset)
        : base($"{fileName ?? "<data>"}: error {Code}: invalid ROMFS image at byte {offset}: {reason}")
    {
        Reason = reason;
        FileName = fileName;
        Offset = offset;
    }

    /// <summary>The diagnostic code of every unreadable-ROMFS error.</summary>
    public const string Code = "MPY4010";

    /// <summary>What was wrong, without the file and offset.</summary>
    public string Reason { get; }

    /// <summary>The image being read, if known.</summary>
    public string? FileName { get; }

    /// <summary>The byte offset within the image where reading stopped.</summary>
    public long Offset { get; }
}
