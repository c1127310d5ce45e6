using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime;

/// <summary>The state of one VM run: output, loaded modules, builtins and the call depth.</summary>
internal sealed class VmContext
{
    [ThreadStatic]
    private static VmContext? current;

    public VmContext(TextWriter output, IReadOnlyList<string> searchPath, VmOptions options, ISourceCompiler? compiler)
    {
        Output = output;
        SearchPath = searchPath;
        Options = options;
        Compiler = compiler;
        Builtins = Runtime.Builtins.BuiltinFunctions.CreateBuiltins();
    }

    public static VmContext Current => current ?? throw new InvalidOperationException("No MicroPython VM is running on this thread.");

    public TextWriter Output { get; }

    public IReadOnlyList<string> SearchPath { get; }

    public VmOptions Options { get; }

    public ISourceCompiler? Compiler { get; }

    public PyDict Builtins { get; }

    public Dictionary<string, PyModule> Modules { get; } = [];

    public int Depth { get; set; }

    /// <summary>The innermost running frame, for globals() and locals().</summary>
    public Interpreter.Frame? Frame { get; set; }

    public int MaxDepth { get; set; } = 1000;

    public object? Builtin(string name) => Builtins.Table.Get(name);

    public static void Enter(VmContext? ctx) => current = ctx;
}
