using System.Numerics;
using System.Text;
using MicroPython.Bytecode;
using MicroPython.Runtime.Builtins;
using MicroPython.Runtime.Interpreter;
using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime;

/// <summary>
/// A MicroPython VM for the host: runs compiled modules (<see cref="MpyModule"/>), source, a module
/// by name or a board's boot sequence with a target's profile, and prints what MicroPython v1.28
/// would print.
/// </summary>
public sealed class MicroPythonVm
{
    // Python recursion runs on .NET recursion; a big dedicated stack keeps the depth limits, not the
    // .NET stack, the thing that stops runaway recursion.
    private const int ThreadStackBytes = 512 * 1024 * 1024;

    // What a board runs from its filesystem (or frozen image) after reset: ports/rp2/main.c:216,226,
    // ports/esp32/main.c and ports/stm32/main.c alike.
    private static readonly string[] BootScripts = ["boot.py", "main.py"];

    /// <summary>Creates a VM with the given target profile (the defaults describe the unix port).</summary>
    /// <param name="options">The target profile, or null for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">The profile asks for something the host VM cannot emulate.</exception>
    public MicroPythonVm(VmOptions? options = null)
    {
        Options = options ?? new VmOptions();
        if (Options.FloatPrecision is not (32 or 64))
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.FloatPrecision, "FloatPrecision must be 32 (single) or 64 (double).");
        }

        if (Options.SmallIntBits is < 2 or > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.SmallIntBits, "SmallIntBits must be between 2 and 64 (31 or 63 for real targets).");
        }

        if (Options.MaxRecursionDepth < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.MaxRecursionDepth, "MaxRecursionDepth must be at least 1.");
        }

        if (Options.HeapSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.HeapSize, "HeapSize must be positive.");
        }
    }

    /// <summary>The target profile.</summary>
    public VmOptions Options { get; }

    /// <summary>
    /// <c>sys.path</c> as the run starts: folders searched in order for <c>NAME/</c> (a package),
    /// <c>NAME.py</c> then <c>NAME.mpy</c>; <c>''</c> is the current folder and <c>.frozen</c> the
    /// <see cref="Frozen"/> image.
    /// </summary>
    public IList<string> SearchPath { get; } = [];

    /// <summary><c>sys.argv</c>.</summary>
    public IList<string> Argv { get; } = [];

    /// <summary>The board's frozen modules.</summary>
    public FrozenImage Frozen { get; set; } = FrozenImage.Empty;

    /// <summary>The host folder that stands for the board's filesystem root (<c>/lib</c> is a folder in it), or null when the program sees the host's paths.</summary>
    public string? FileSystemRoot { get; set; }

    /// <summary>The board's ROMFS image, mounted at <c>/rom</c> (<c>sys.path</c> entries under it import from it), or null.</summary>
    public MicroPython.Bytecode.Romfs.RomfsImage? Romfs { get; set; }

    /// <summary>Compiles source for exec, eval and importing <c>.py</c> files; without one those raise.</summary>
    public ISourceCompiler? Compiler { get; set; }

    /// <summary>Runs <paramref name="main"/> as the main module (<c>__name__ == '__main__'</c>).</summary>
    /// <param name="main">The compiled module.</param>
    /// <param name="stdout">Where <c>print</c> writes.</param>
    /// <returns>Whether it completed, and the traceback text of an uncaught exception.</returns>
    /// <exception cref="MpyFormatException">The bytecode of the module, or of a module it imports, fails verification.</exception>
    public RunOutcome Run(MpyModule main, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(main);
        return OnVmThread(stdout, ctx => ModuleLoader.Execute(ctx, main, "__main__"));
    }

    /// <summary>
    /// Compiles and runs <paramref name="source"/> as the main module, as <c>micropython FILE.py</c>
    /// and <c>micropython -c</c> do: a syntax error is an uncaught <c>SyntaxError</c> with its
    /// traceback, and <c>__file__</c> is <paramref name="sourceName"/>.
    /// </summary>
    /// <param name="source">The program text.</param>
    /// <param name="sourceName">The file name tracebacks show (<c>x.py</c>, <c>&lt;stdin&gt;</c>).</param>
    /// <param name="stdout">Where <c>print</c> writes.</param>
    /// <returns>How the run ended.</returns>
    public RunOutcome RunSource(string source, string sourceName, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sourceName);
        return OnVmThread(stdout, ctx =>
        {
            var module = BuiltinFunctions.Compile(source, sourceName, isEval: false).Module;
            ModuleLoader.Execute(ctx, module, "__main__", sourceName);
        });
    }

    /// <summary>
    /// Imports module <paramref name="name"/> as the main module, as <c>micropython -m NAME</c>
    /// does (a package runs its <c>__main__</c> submodule).
    /// </summary>
    /// <param name="name">The dotted module name.</param>
    /// <param name="stdout">Where <c>print</c> writes.</param>
    /// <returns>How the run ended.</returns>
    public RunOutcome RunModule(string name, TextWriter stdout)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return OnVmThread(stdout, ctx =>
        {
            var module = Importer.ImportMain(ctx, name);
            if (module.Globals.Table.Get("__path__") is not null)
            {
                Importer.ImportMain(ctx, name + ".__main__");
            }
        });
    }

    /// <summary>
    /// Boots the board as its firmware does after reset: <c>boot.py</c>, then — if it ran
    /// without an error — <c>main.py</c>, each taken from the frozen image first, then from the
    /// filesystem; a missing one is skipped.
    /// </summary>
    /// <param name="stdout">The board's console.</param>
    /// <returns>How the boot ended: the first uncaught exception or <c>SystemExit</c> stops it.</returns>
    public RunOutcome Boot(TextWriter stdout) => OnVmThread(stdout, ctx =>
    {
        foreach (var script in BootScripts)
        {
            if (ctx.Frozen.Find(script) is { } frozen)
            {
                Importer.RunFrozenAsMain(ctx, frozen);
            }
            else if (File.Exists(ctx.HostPath(script)))
            {
                var source = File.ReadAllText(ctx.HostPath(script));
                ModuleLoader.Execute(ctx, BuiltinFunctions.Compile(source, script, isEval: false).Module, "__main__", script);
            }
        }
    });

    private RunOutcome OnVmThread(TextWriter stdout, Action<VmContext> body)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        RunOutcome? outcome = null;
        Exception? crash = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    outcome = RunHere(stdout, body);
                }
                catch (Exception e)
                {
                    crash = e;
                }
            },
            ThreadStackBytes);
        thread.Start();
        thread.Join();
        if (crash is MpyFormatException invalid)
        {
            // Code the verifier refused: the same error as a file the reader cannot read.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(invalid);
        }

        if (crash is not null)
        {
            throw new MicroPythonVmException("The VM failed: " + crash.Message, crash);
        }

        return outcome!;
    }

    private RunOutcome RunHere(TextWriter stdout, Action<VmContext> body)
    {
        var ctx = new VmContext(stdout, Options, Compiler) { Frozen = Frozen, FileSystemRoot = FileSystemRoot, Romfs = Romfs };
        foreach (var entry in SearchPath)
        {
            ctx.SysPath.Items.Add(entry);
        }

        foreach (var arg in Argv)
        {
            ctx.Argv.Items.Add(arg);
        }

        VmContext.Enter(ctx);
        try
        {
            body(ctx);
            ctx.Output.Flush();
            return new RunOutcome(true, null, null, 0);
        }
        catch (PyRaise e) when (e.Value.Class.IsSubclassOf(Types.SystemExit))
        {
            return ExitOutcome(e.Value);
        }
        catch (PyRaise e)
        {
            return new RunOutcome(false, e.Value.Class.Name, TracebackText(e.Value), 1);
        }
        finally
        {
            try
            {
                stdout.Flush();
            }
            catch (IOException)
            {
                // The reader has gone (a closed pipe): what was left unwritten has nowhere to go.
            }

            VmContext.Enter(null);
        }
    }

    // SystemExit's value decides the exit status as the unix port's (shared/runtime/pyexec.c:166-182):
    // None is 0, an int its low byte, anything else 1 with the value printed.
    private static RunOutcome ExitOutcome(PyExceptionObject e)
    {
        var value = e.Args.Items.Length > 0 ? e.Args.Items[0] : PySingleton.None;
        return value switch
        {
            PySingleton s when s == PySingleton.None => new RunOutcome(true, null, null, 0),
            long l => new RunOutcome(true, null, null, (int)(l & 0xFF)),
            BigInteger b => new RunOutcome(true, null, null, (int)(b & 0xFF)),
            _ => new RunOutcome(true, null, null, 1) { ExitMessage = Repr.Str(value) },
        };
    }

    // The last line prints as MicroPython's PRINT_EXC kind: a user __repr__ wins, a user __str__ does not.
    private static string ExceptionLine(PyExceptionObject e)
    {
        if (e.Class.Lookup("__repr__") is PyFunction)
        {
            return Repr.Of(e);
        }

        return e.Class.Name + ": " + Repr.ExceptionText(e);
    }

    /// <summary>The traceback MicroPython prints for an uncaught exception.</summary>
    internal static string TracebackText(PyExceptionObject e)
    {
        var sb = new StringBuilder("Traceback (most recent call last):\n");
        for (var i = e.Traceback.Count - 1; i >= 0; i--)
        {
            var t = e.Traceback[i];

            // A compile error's place has no block (py/objexcept.c prints ", in" only with one).
            sb.Append(t.Block.Length == 0 ? $"  File \"{t.File}\", line {t.Line}\n" : $"  File \"{t.File}\", line {t.Line}, in {t.Block}\n");
        }

        sb.Append(ExceptionLine(e)).Append('\n');
        return sb.ToString();
    }
}
