using MicroPython.Bytecode;
using MicroPython.Runtime.Builtins;
using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime.Interpreter;

/// <summary>
/// Where an import finds a module's code: a frozen module (paths under <c>.frozen/</c>) or a file of
/// the filesystem (the board's, or the host's).
/// </summary>
internal sealed class ModuleSource
{
    private const string FrozenPrefix = ".frozen/";

    private readonly FrozenModule? frozen;

    private ModuleSource(string path, FrozenModule? frozen)
    {
        Path = path;
        this.frozen = frozen;
    }

    /// <summary>The path the program sees (<c>__file__</c>).</summary>
    public string Path { get; }

    public static bool IsFolder(VmContext ctx, string path) => path.StartsWith(FrozenPrefix, StringComparison.Ordinal)
        ? ctx.Frozen.IsFolder(path[FrozenPrefix.Length..])
        : Directory.Exists(ctx.HostPath(path));

    /// <summary>The module <c>BASE.py</c>, else <c>BASE.mpy</c>, or null (py/builtinimport.c:78-95).</summary>
    public static ModuleSource? FileOf(VmContext ctx, string basePath)
    {
        if (basePath.StartsWith(FrozenPrefix, StringComparison.Ordinal))
        {
            var frozen = ctx.Frozen.Find(basePath[FrozenPrefix.Length..] + ".py");
            return frozen is null ? null : new ModuleSource(basePath + ".py", frozen);
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

        var hostPath = ctx.HostPath(Path);
        if (Path.EndsWith(".py", StringComparison.Ordinal))
        {
            return BuiltinFunctions.Compile(File.ReadAllText(hostPath), Path, isEval: false).Module;
        }

        try
        {
            return MpyReader.ReadFile(hostPath);
        }
        catch (MpyFormatException)
        {
            // What the firmware says of a .mpy its loader refuses (py/persistentcode.c).
            throw Err.Value("incompatible .mpy file");
        }
    }
}
