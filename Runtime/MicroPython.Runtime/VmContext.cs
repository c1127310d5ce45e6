using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime;

/// <summary>The state of one VM run: output, loaded modules, builtins, the import path and the call depth.</summary>
internal sealed class VmContext
{
    [ThreadStatic]
    private static VmContext? current;

    public VmContext(TextWriter output, VmOptions options, ISourceCompiler? compiler)
    {
        Output = new ProgramOutput(output);
        Options = options;
        Compiler = compiler;
        MaxDepth = options.MaxRecursionDepth;
        Builtins = Runtime.Builtins.BuiltinFunctions.CreateBuiltins();
    }

    public static VmContext Current => current ?? throw new InvalidOperationException("No MicroPython VM is running on this thread.");

    /// <summary>Where <c>print</c> writes; a failed write raises <c>OSError</c> in the program.</summary>
    public TextWriter Output { get; }

    public VmOptions Options { get; }

    public ISourceCompiler? Compiler { get; }

    public PyDict Builtins { get; }

    public Dictionary<string, PyModule> Modules { get; } = [];

    /// <summary><c>sys.path</c>: the program may change it, and imports read it as it is.</summary>
    public PyList SysPath { get; } = new();

    /// <summary><c>sys.argv</c>.</summary>
    public PyList Argv { get; } = new();

    /// <summary>The board's frozen modules (the <c>.frozen</c> entry of <c>sys.path</c>).</summary>
    public FrozenImage Frozen { get; init; } = FrozenImage.Empty;

    /// <summary>The host folder that stands for the board's filesystem root, or null when paths are the host's.</summary>
    public string? FileSystemRoot { get; init; }

    /// <summary>The ROMFS image mounted at <c>/rom</c>, or null.</summary>
    public MicroPython.Bytecode.Romfs.RomfsImage? Romfs { get; init; }

    public int Depth { get; set; }

    /// <summary>The innermost running frame, for globals() and locals().</summary>
    public Interpreter.Frame? Frame { get; set; }

    public int MaxDepth { get; set; }

    public object? Builtin(string name) => Builtins.Table.Get(name);

    /// <summary>The host path of a path the program names (the board's filesystem, or the host's own).</summary>
    public string HostPath(string path)
    {
        if (FileSystemRoot is null)
        {
            return path.Length == 0 ? "." : path;
        }

        return Path.Combine(FileSystemRoot, path.TrimStart('/'));
    }

    public static void Enter(VmContext? ctx)
    {
        current = ctx;
        if (ctx is not null)
        {
            FloatPolicy.Enter(ctx.Options);
        }
    }
}
