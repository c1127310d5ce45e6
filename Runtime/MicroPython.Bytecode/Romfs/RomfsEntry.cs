namespace MicroPython.Bytecode.Romfs;

/// <summary>A named entry of a ROMFS directory: a <see cref="RomfsFile"/> or a <see cref="RomfsDirectory"/>.</summary>
/// <param name="Name">The entry's name within its directory (no slashes).</param>
public abstract record RomfsEntry(string Name);

/// <summary>A file of a ROMFS image; its bytes are a slice of the image.</summary>
/// <param name="Name">The file's name.</param>
/// <param name="Offset">Where its content starts, from the start of the image.</param>
/// <param name="Length">Its size in bytes.</param>
public sealed record RomfsFile(string Name, int Offset, int Length) : RomfsEntry(Name);

/// <summary>A directory of a ROMFS image, its entries in image order.</summary>
/// <param name="Name">The directory's name (empty for the root).</param>
/// <param name="Entries">Its files and directories.</param>
public sealed record RomfsDirectory(string Name, IReadOnlyList<RomfsEntry> Entries) : RomfsEntry(Name);
