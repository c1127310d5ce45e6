using System.CommandLine;
using MicroPython.Bytecode;
using MicroPython.Bytecode.Disassembly;
using MicroPython.Freezer;

namespace MicroPython.Cli;

/// <summary><c>mpy dump FILE.mpy…</c>: prints the disassembly of each file.</summary>
internal static class DumpCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files")
        {
            Description = ".mpy files to disassemble",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("dump", "Print a readable listing of .mpy files: tables, functions and instructions.") { files };
        command.SetAction(result => Run(result.GetValue(files) ?? []));
        return command;
    }

    private static int Run(string[] files)
    {
        var exitCode = 0;
        foreach (var file in files)
        {
            try
            {
                var module = MpyReader.ReadFile(file);
                if (files.Length > 1)
                {
                    Console.Out.Write($"==> {file} <==\n");
                }

                Console.Out.Write(Disassembler.Disassemble(module));
            }
            catch (MpyFormatException e)
            {
                Console.Error.WriteLine(e.Message);
                exitCode = 1;
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"{file}: error {DiagnosticCodes.FileNotReadable}: {e.Message}");
                exitCode = 1;
            }
            catch (UnauthorizedAccessException e)
            {
                Console.Error.WriteLine($"{file}: error {DiagnosticCodes.FileNotReadable}: {e.Message}");
                exitCode = 1;
            }
        }

        return exitCode;
    }
}
