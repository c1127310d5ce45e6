namespace MicroPython.Freezer.Romfs;

/// <summary>
/// A folder of a ROMFS image being assembled: named files (their bytes) and sub-folders. The
/// writer orders entries by name, so the order they are added in does not change the image.
/// </summary>
public sealed class RomfsFolder
{
    private readonly SortedDictionary<string, object> entries = new(StringComparer.Ordinal);

    /// <summary>The files and folders, by name in ordinal order; a value is a <c>byte[]</c> or a <see cref="RomfsFolder"/>.</summary>
    public IEnumerable<KeyValuePair<string, object>> Entries => entries;

    /// <summary>Adds a file at <paramref name="path"/> (<c>pkg/mod.mpy</c>), creating its folders.</summary>
    /// <exception cref="FreezerException">The path is not a valid ROMFS path, or already taken.</exception>
    public void AddFile(string path, byte[] content)
    {
        var parts = Split(path);
        var folder = this;
        foreach (var part in parts[..^1])
        {
            folder = folder.Folder(part, path);
        }

        if (!folder.entries.TryAdd(parts[^1], content))
        {
            throw new FreezerException(FreezerErrors.RomfsName, $"'{path}' is in the ROMFS image twice");
        }
    }

    /// <summary>Adds the folder at <paramref name="path"/>, and its parents, if they are not there yet.</summary>
    /// <exception cref="FreezerException">The path is not a valid ROMFS path, or a file has its name.</exception>
    public RomfsFolder AddFolder(string path)
    {
        var folder = this;
        foreach (var part in Split(path))
        {
            folder = folder.Folder(part, path);
        }

        return folder;
    }

    private RomfsFolder Folder(string name, string path)
    {
        if (!entries.TryGetValue(name, out var existing))
        {
            var created = new RomfsFolder();
            entries.Add(name, created);
            return created;
        }

        return existing as RomfsFolder
            ?? throw new FreezerException(FreezerErrors.RomfsName, $"'{path}' needs a folder '{name}' where the ROMFS image has a file of that name");
    }

    // mpremote encodes names as ASCII (bytes(name, "ascii")): anything else cannot be written.
    private static string[] Split(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            throw new FreezerException(FreezerErrors.RomfsName, $"'{path}' names no file for the ROMFS image");
        }

        foreach (var part in parts)
        {
            if (part is "." or ".." || part.Any(c => c > 0x7F || c == '\0'))
            {
                throw new FreezerException(FreezerErrors.RomfsName, $"'{path}' cannot be stored in a ROMFS image: names are ASCII, without '.' or '..' parts");
            }
        }

        return parts;
    }
}
