using MicroPython.Bytecode;

namespace MicroPython.Runtime;

/// <summary>
/// The modules frozen into a board's firmware, as <c>mp_frozen_names</c> lists them: by path with
/// <c>.py</c> (<c>app/__init__.py</c>) whether frozen as source text or as bytecode. Imports find
/// them through the <c>.frozen</c> entry of <c>sys.path</c>, and the boot runs a frozen
/// <c>boot.py</c> and <c>main.py</c> before the filesystem's.
/// </summary>
public sealed class FrozenImage
{
    private readonly Dictionary<string, FrozenModule> modules = new(StringComparer.Ordinal);
    private readonly HashSet<string> folders = new(StringComparer.Ordinal);

    /// <summary>Creates an image of <paramref name="contents"/>.</summary>
    /// <param name="contents">The frozen modules; a later one of the same path is ignored, as the freezer keeps the first.</param>
    public FrozenImage(IEnumerable<FrozenModule> contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        foreach (var module in contents)
        {
            if (!modules.TryAdd(module.Path, module))
            {
                continue;
            }

            for (var slash = module.Path.IndexOf('/'); slash >= 0; slash = module.Path.IndexOf('/', slash + 1))
            {
                folders.Add(module.Path[..slash]);
            }
        }
    }

    /// <summary>An image without modules.</summary>
    public static FrozenImage Empty { get; } = new([]);

    /// <summary>The frozen modules, by path.</summary>
    public IReadOnlyCollection<FrozenModule> Modules => modules.Values;

    /// <summary>The module frozen as <paramref name="path"/> (<c>drivers/thermo.py</c>), or null.</summary>
    public FrozenModule? Find(string path) => modules.GetValueOrDefault(path);

    /// <summary>Whether <paramref name="path"/> is a folder of frozen modules (a frozen package).</summary>
    public bool IsFolder(string path) => folders.Contains(path);
}

/// <summary>One frozen module: source text (compiled when imported, as the firmware does) or compiled bytecode.</summary>
/// <param name="Path">The frozen path with <c>.py</c>, as in <c>mp_frozen_names</c>.</param>
/// <param name="Source">The source text of a module frozen as text, else null.</param>
/// <param name="Compiled">The bytecode of a module frozen as <c>.mpy</c>, else null.</param>
public sealed record FrozenModule(string Path, string? Source, MpyModule? Compiled)
{
    /// <summary>A module frozen as source text.</summary>
    public static FrozenModule Text(string path, string source) => new(path, source, null);

    /// <summary>A module frozen as bytecode.</summary>
    public static FrozenModule Bytecode(string path, MpyModule module) => new(path, null, module);
}
