using MicroPython.Bytecode;
using MicroPython.Bytecode.Romfs;
using MicroPython.Runtime.Builtins;
using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime.Interpreter;

/// <summary>
/// Where an import finds a module's code: a frozen module (paths under <c>.frozen/</c>), a file of
/// the ROMFS image mounted at <c>/rom</c>, or a file of the filesystem (the board's, or the host's).
/// </summary>
internal sealed class ModuleSource
{
    private const string FrozenPrefix = ".frozen/";

    // The mount point of the board's ROMFS (extmod/vfs.c, mp_vfs_mount_romfs_protected).
    private const string RomMount = "/rom";

    private readonly FrozenModule? frozen;
    private readonly RomfsFile? romFile;

    private ModuleSource(string path, FrozenModule? frozen, RomfsFile? romFile = null)
    {
        Path = path;
        this.frozen = frozen;
        this.romFile = romFile;
    }

    /// <summary>The path the program sees (<c>__file__</c>).</summary>
    public string Path { get; }

    public static bool IsFolder(VmContext ctx, string path)
    {
        if (path.StartsWith(FrozenPrefix, StringComparison.Ordinal))
        {
            return ctx.Frozen.IsFolder(path[FrozenPrefix.Length..]);
        }

        return InRom(ctx, path) is { } rom
            ? rom.Image.Find(rom.Path) is RomfsDirectory
            : Directory.Exists(ctx.HostPath(path));
    }

    /// <summary>The module <c>BASE.py</c>, else <c>BASE.mpy</c>, or null (py/builtinimport.c:78-95).</summary>
    public static ModuleSource? FileOf(VmContext ctx, string basePath)
    {
        if (basePath.StartsWith(FrozenPrefix, StringComparison.Ordinal))
        {
            var frozen = ctx.Frozen.Find(basePath[FrozenPrefix.Length..] + ".py");
            return frozen is null ? null : new ModuleSource(basePath + ".py", frozen);
        }

        if (InRom(ctx, basePath) is { } rom)
        {
            foreach (var extension in (string[])[".py", ".mpy"])
            {
                if (rom.Image.Find(rom.Path + extension) is RomfsFile file)
                {
                    return new ModuleSource(basePath + extension, null, file);
                }
            }

            return null;
        }

        foreach (var extension in (string[])[".py", ".mpy"])
        {
            if (File.Exists(ctx.HostPath(basePath + extension)))
            {
                return new ModuleSource(basePath + extension, null);
            }
        }

        return null;
    }

    public MpyModule Compile(VmContext ctx)
    {
        if (frozen is not null)
        {
            return Importer.CompiledForm(frozen);
        }

        if (Path.EndsWith(".py", StringComparison.Ordinal))
        {
            var source = romFile is null ? File.ReadAllText(ctx.HostPath(Path)) : System.Text.Encoding.UTF8.GetString(ctx.Romfs!.Content(romFile).Span);
            return BuiltinFunctions.Compile(source, Path, isEval: false).Module;
        }

        try
        {
            return romFile is null ? MpyReader.ReadFile(ctx.HostPath(Path)) : MpyReader.Read(ctx.Romfs!.Content(romFile), Path);
        }
        catch (MpyFormatException)
        {
            // What the firmware says of a .mpy its loader refuses (py/persistentcode.c).
            throw Err.Value("incompatible .mpy file");
        }
    }

    // A path under the mounted ROMFS: the image and the path within it; null when nothing is mounted
    // there, so the path is the filesystem's.
    private static (RomfsImage Image, string Path)? InRom(VmContext ctx, string path) =>
        ctx.Romfs is { } image && (path == RomMount || path.StartsWith(RomMount + "/", StringComparison.Ordinal))
            ? (image, path[RomMount.Length..])
            : null;
}
