using System.Text;
using MicroPython.Bytecode;
using MicroPython.Runtime.Interpreter;
using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime;

/// <summary>
/// A MicroPython VM for the host: runs compiled modules (<see cref="MpyModule"/>) with a target's
/// profile and prints what MicroPython v1.28 would print.
/// </summary>
public sealed class MicroPythonVm
{
    // Python recursion runs on .NET recursion; a big dedicated stack keeps the depth limit, not the
    // .NET stack, the thing that stops runaway recursion.
    private const int ThreadStackBytes = 512 * 1024 * 1024;

    /// <summary>Creates a VM with the given target profile (the defaults describe the unix port).</summary>
    /// <param name="options">The target profile, or null for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">The profile asks for something the host VM cannot emulate.</exception>
    public MicroPythonVm(VmOptions? options = null)
    {
        Options = options ?? new VmOptions();
        if (Options.FloatPrecision != 64)
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.FloatPrecision, "The host VM emulates double-precision float targets only (FloatPrecision 64).");
        }

        if (Options.SmallIntBits is < 2 or > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.SmallIntBits, "SmallIntBits must be between 2 and 64 (31 or 63 for real targets).");
        }

        if (Options.MaxRecursionDepth < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.MaxRecursionDepth, "MaxRecursionDepth must be at least 1.");
        }
    }

    /// <summary>The target profile.</summary>
    public VmOptions Options { get; }

    /// <summary>Folders searched, in order, for imported modules (<c>NAME.mpy</c> or <c>NAME/__init__.mpy</c>).</summary>
    public IList<string> SearchPath { get; } = [];

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
        ArgumentNullException.ThrowIfNull(stdout);
        RunOutcome? outcome = null;
        Exception? crash = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    outcome = RunHere(main, stdout);
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
            throw new InvalidOperationException("The VM failed: " + crash.Message, crash);
        }

        return outcome!;
    }

    private RunOutcome RunHere(MpyModule main, TextWriter stdout)
    {
        var ctx = new VmContext(stdout, [.. SearchPath], Options, Compiler) { MaxDepth = Options.MaxRecursionDepth };
        VmContext.Enter(ctx);
        try
        {
            ModuleLoader.Execute(ctx, main, "__main__");
            return new RunOutcome(true, null, null, 0);
        }
        catch (PyRaise e) when (e.Value.Class.IsSubclassOf(Types.SystemExit))
        {
            var code = e.Value.Args.Items.Length > 0 && e.Value.Args.Items[0] is long l ? (int)l : 0;
            return new RunOutcome(true, null, null, code);
        }
        catch (PyRaise e)
        {
            return new RunOutcome(false, e.Value.Class.Name, TracebackText(e.Value), 1);
        }
        finally
        {
            stdout.Flush();
            VmContext.Enter(null);
        }
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
            sb.Append($"  File \"{t.File}\", line {t.Line}, in {t.Block}\n");
        }

        sb.Append(ExceptionLine(e)).Append('\n');
        return sb.ToString();
    }
}
