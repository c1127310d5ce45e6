using System.CommandLine;
using System.Text;
using MicroPython.Bytecode;
using MicroPython.Bytecode.Targets;
using MicroPython.Compiler;
using MicroPython.Compiler.Diagnostics;
using MicroPython.Freezer;
using MicroPython.Runtime;

namespace MicroPython.Cli;

/// <summary>
/// <c>mpy run</c>: the unix port's <c>micropython</c> command on the host VM — a file (<c>.py</c>, or
/// <c>.mpy</c>), <c>-c CODE</c>, <c>-m MODULE</c> or standard input, with its <c>sys.argv</c>,
/// <c>sys.path</c>, <c>MICROPYPATH</c>, <c>-X heapsize=</c>, exit status and output — for the unix
/// port or, with <c>--target BOARD</c>, a board's profile; <c>--image</c> boots a board's image.
/// </summary>
internal static class RunCommand
{
    private const string Usage =
        "usage: mpy run [--target BOARD] [--path DIR]... [-X heapsize=<n>[w][K|M]] [-c <command> | -m <module> | <filename> | - | --image <image.json>] [ARGS]...\n" +
        "Runs MicroPython code in the host VM as the unix port's micropython command does (or as BOARD would);\n" +
        "--image boots a board's image (bin/CONFIGURATION/BOARD/image.json): its frozen boot.py, then main.py.\n";

    // The unix port's default sys.path after its first entry (ports/unix/mpconfigport.h:54).
    private const string DefaultMicroPyPath = ".frozen:~/.micropython/lib:/usr/lib/micropython";

    // A source bigger than this is refused before it is read: the compiler holds it whole.
    private const long MaxSourceBytes = 64L * 1024 * 1024;

    /// <summary>The <c>run</c> verb for the tool's help; <see cref="Invoke"/> reads its command line itself, as the unix port does.</summary>
    public static Command Create()
    {
        var rest = new Argument<string[]>("args") { Description = "the program (FILE, -c CODE, -m MODULE or -) and its arguments, as for micropython", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("run", "Run MicroPython code in the host VM as the unix port's micropython command (or a board) would.") { rest };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(result => Invoke(result.GetValue(rest) ?? []));
        return command;
    }

    /// <summary>Runs what the command line after <c>mpy run</c> asks for; returns the exit status.</summary>
    public static int Invoke(IReadOnlyList<string> args)
    {
        var run = RunArguments.Parse(args);
        if (run is null)
        {
            Console.Error.WriteLine(RunArguments.InvalidMessage);
            return 1;
        }

        if (run.Info is not null)
        {
            Console.Out.Write(run.Info == "help" ? Usage : "MicroPython v1.28.0; mpy run (MicroPython.Sdk host VM)\n");
            return 0;
        }

        try
        {
            return Execute(run);
        }
        catch (TargetProfileException e)
        {
            Console.Error.WriteLine($"mpy run: error {DiagnosticCodes.UnknownTarget}: {e.Message}");
            return 1;
        }
        catch (BoardImageException e)
        {
            Console.Error.WriteLine($"mpy run: error {DiagnosticCodes.BadImage}: {e.Message}");
            return 1;
        }
        catch (MpyFormatException e)
        {
            // The verifier refused a module's code: it knows the byte, and the file of an imported module, not the main one's.
            Console.Error.WriteLine(new MpyFormatException(e.Reason, e.FileName ?? run.Program, e.Offset).Message);
            return 1;
        }
        catch (MicroPythonVmException e)
        {
            // A fault of the host VM, not of the program: one line, no .NET stack trace.
            Console.Error.WriteLine($"mpy run: error {DiagnosticCodes.RunnerFault}: internal error of the host VM: {e.InnerException?.Message ?? e.Message}");
            return 1;
        }
    }

    private static int Execute(RunArguments run)
    {
        BoardImage? image = run.Mode == RunMode.Image ? BoardImage.Load(run.Program) : null;
        var options = VmOptions.For(image?.Profile ?? BoardProfiles.Load(run.Target ?? "unix"));
        if (run.HeapSize is { } heap)
        {
            options = options with { HeapSize = heap };
        }

        var vm = new MicroPythonVm(options) { Compiler = new HostCompiler() };
        foreach (var arg in run.Argv)
        {
            vm.Argv.Add(arg);
        }

        using var stdout = ProgramConsole.OpenStandardOutput();
        if (image is not null)
        {
            vm.Frozen = image.Frozen;
            vm.FileSystemRoot = Directory.GetCurrentDirectory();
            vm.Romfs = image.Romfs;
            foreach (var entry in BootSysPath(options.Board.SysPath, image.Romfs is not null))
            {
                vm.SearchPath.Add(entry);
            }

            return Report(vm.Boot(stdout), tracebackToStdout: true, stdout);
        }

        SetUnixSysPath(vm, run);
        switch (run.Mode)
        {
            case RunMode.Command:
                return Report(vm.RunSource(run.Program, "<stdin>", stdout), tracebackToStdout: true, stdout);
            case RunMode.Module:
                return Report(vm.RunModule(run.Program, stdout), tracebackToStdout: false, stdout);
            case RunMode.Stdin:
                if (!Console.IsInputRedirected)
                {
                    Console.Error.WriteLine("mpy run: no program: give FILE, -c CODE, -m MODULE or - (the host VM has no REPL)");
                    return 1;
                }

                return Report(vm.RunSource(Console.In.ReadToEnd(), "<stdin>", stdout), tracebackToStdout: false, stdout);
        }

        if (!File.Exists(run.Program))
        {
            // ports/unix/main.c:696-699: CPython's status for a missing script.
            Console.Error.WriteLine($"mpy run: can't open file '{run.Program}': [Errno 2] No such file or directory");
            return 2;
        }

        if (run.Program.EndsWith(".mpy", StringComparison.OrdinalIgnoreCase))
        {
            MpyModule module;
            try
            {
                module = MpyReader.ReadFile(run.Program);
            }
            catch (MpyFormatException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }

            return Report(vm.Run(module, stdout), tracebackToStdout: true, stdout);
        }

        if (new FileInfo(run.Program).Length > MaxSourceBytes)
        {
            Console.Error.WriteLine($"{run.Program}: error {DiagnosticCodes.FileNotReadable}: the source is larger than {MaxSourceBytes / (1024 * 1024)} MiB");
            return 1;
        }

        return Report(vm.RunSource(File.ReadAllText(run.Program), run.Program, stdout), tracebackToStdout: true, stdout);
    }

    // A board's sys.path at boot. With a ROMFS image, mp_init mounts it and appends /rom and /rom/lib
    // to the '' and .frozen it starts with, before the port adds its own entries such as /lib
    // (py/runtime.c:144-147 and 197-200, extmod/vfs.c:577-590).
    internal static IReadOnlyList<string> BootSysPath(IReadOnlyList<string> board, bool romfs)
    {
        var path = board.ToList();
        if (romfs)
        {
            var start = Math.Min(path.Count, path.IndexOf(".frozen") is var frozen and >= 0 ? frozen + 1 : 1);
            path.InsertRange(start, ["/rom", "/rom/lib"]);
        }

        return path;
    }

    // sys.path as ports/unix/main.c:524-556 builds it: the script's folder (or ''), then MICROPYPATH's
    // entries (or the default), with a leading ~/ expanded to $HOME.
    private static void SetUnixSysPath(MicroPythonVm vm, RunArguments run)
    {
        vm.SearchPath.Add(run.Mode == RunMode.File ? Path.GetDirectoryName(Path.GetFullPath(run.Program))! : "");
        var path = Environment.GetEnvironmentVariable("MICROPYPATH") ?? DefaultMicroPyPath;
        if (path.StartsWith(':'))
        {
            path = path[1..];
        }

        var home = Environment.GetEnvironmentVariable("HOME");
        if (path.Length > 0)
        {
            foreach (var entry in path.Split(':'))
            {
                vm.SearchPath.Add(entry.StartsWith("~/", StringComparison.Ordinal) && home is not null ? home + entry[1..] : entry);
            }
        }

        foreach (var extra in run.ExtraPaths)
        {
            vm.SearchPath.Add(Path.GetFullPath(extra));
        }
    }

    // Where the unix port prints what: pyexec (a file, -c) prints tracebacks with the program's
    // output, on standard output; -m and standard input print them on standard error
    // (ports/unix/main.c:96-111, shared/runtime/pyexec.c:166-187).
    private static int Report(RunOutcome outcome, bool tracebackToStdout, TextWriter stdout)
    {
        if (outcome.Traceback is not null)
        {
            if (tracebackToStdout)
            {
                ProgramConsole.TryWrite(stdout, outcome.Traceback);
            }
            else
            {
                Console.Error.Write(outcome.Traceback);
            }
        }

        if (outcome.ExitMessage is not null)
        {
            Console.Error.Write(outcome.ExitMessage + "\n");
        }

        return outcome.ExitCode;
    }

    // exec, eval, importing .py files and the program itself compile through the SDK's compiler.
    private sealed class HostCompiler : ISourceCompiler
    {
        public MpyModule Compile(string source, string sourceName)
        {
            try
            {
                return MpyCompiler.Compile(source, sourceName, CompilerOptions.Default);
            }
            catch (CompileError e)
            {
                throw new SourceCompileException(e.ExceptionType, e.PythonMessage, e.Line);
            }
        }
    }
}
