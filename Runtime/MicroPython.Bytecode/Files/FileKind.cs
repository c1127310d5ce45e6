namespace MicroPython.Bytecode.Files;

/// <summary>What a path names once symbolic links are followed.</summary>
public enum FileKind
{
    /// <summary>Nothing (or a symbolic link whose target is missing).</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A device, pipe or socket: reading may never end, and replacing it would destroy it.</summary>
    Special,
}
