using System.CommandLine;
using MicroPython.Bytecode;
using MicroPython.Compiler;
using MicroPython.Compiler.Diagnostics;
using MicroPython.Runtime;

namespace MicroPython.Cli;

/// <summary><c>mpy run FILE.mpy [--path DIR]…</c>: runs a module in the host VM as <c>__main__</c>.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "the module to run: a .mpy file (or a .py file, compiled first)" };
        var path = new Option<string[]>("--path")
        {
            Description = "a folder to import modules from (the file's own folder is searched first); repeatable",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("run", "Run a module in the host MicroPython VM, printing what MicroPython v1.28 prints.") { file, path };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(path) ?? []));
        return command;
    }

    private static int Run(string file, string[] path)
    {
        var compiler = new HostCompiler();
        MpyModule module;
        try
        {
            module = file.EndsWith(".py", StringComparison.OrdinalIgnoreCase)
                ? MpyCompiler.Compile(File.ReadAllText(file), Path.GetFileName(file), CompilerOptions.Default)
                : MpyReader.ReadFile(file);
        }
        catch (MpyFormatException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        catch (CompileError e)
        {
            Console.Error.WriteLine(e.ToCanonical(file));
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{file}: error {CliErrors.FileNotReadable}: {e.Message}");
            return 1;
        }

        var vm = new MicroPythonVm { Compiler = compiler };
        vm.SearchPath.Add(Path.GetDirectoryName(Path.GetFullPath(file))!);
        foreach (var dir in path)
        {
            vm.SearchPath.Add(Path.GetFullPath(dir));
        }

        RunOutcome outcome;
        try
        {
            outcome = vm.Run(module, Console.Out);
        }
        catch (MpyFormatException e)
        {
            // The verifier knows the byte but not the main module's file name.
            Console.Error.WriteLine(new MpyFormatException(e.Reason, e.FileName ?? file, e.Offset).Message);
            return 1;
        }
        if (outcome.Traceback is not null)
        {
            Console.Error.Write(outcome.Traceback);
        }

        return outcome.ExitCode;
    }

    // exec, eval and importing .py files compile through the SDK's compiler.
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
                throw new SourceCompileException(e.ExceptionType, e.PythonMessage);
            }
        }
    }
}
