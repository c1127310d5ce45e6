using MicroPython.Bytecode;
using MicroPython.Bytecode.Files;
using MicroPython.Compiler;
using MicroPython.Compiler.Diagnostics;
using MicroPython.Compiler.Hosting;
using MicroPython.Freezer;
using MicroPython.Freezer.Pipeline;

namespace MicroPython.Cli;

/// <summary>The mpy-cross form of <c>mpy compile</c>: one input, same output path rules, same stderr on errors.</summary>
internal static class DropInCompile
{
    public static int Run(string[] inputs, string? output, string? sourceName, CompilerOptions options)
    {
        if (inputs.Length != 1)
        {
            Console.Error.Write(inputs.Length == 0 ? "no input file\n" : "multiple input files\n");
            return 1;
        }

        var input = inputs[0];
        var fromStdin = input == "-";
        var name = (sourceName ?? (fromStdin ? "<stdin>" : input)).Replace('\\', '/');
        byte[] source;
        try
        {
            if (fromStdin)
            {
                using var stdin = Console.OpenStandardInput();
                source = InputFile.ReadStream(stdin, InputLimits.Source, "<stdin>", "source file");
            }
            else
            {
                source = InputFile.ReadAllBytes(input, InputLimits.Source, "source file");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.Write($"{input}: error {DiagnosticCodes.FileNotReadable}: {e.Message}\n");
            return 1;
        }

        MpyModule module;
        try
        {
            // mpy-cross interns the input path before the -s name, which decides whether a long
            // string literal equal to it becomes a qstr.
            var inputPath = (fromStdin ? "<stdin>" : input).Replace('\\', '/');
            var withPath = inputPath == name ? options : options with { PreinternedStrings = [inputPath] };
            module = DeepStack.Run(() => MpyCompiler.Compile(SourceDecoder.Decode(source), name, withPath));
        }
        catch (CompileError e)
        {
            Console.Error.Write(e.ToTraceback(name));
            return 1;
        }

        var toStdout = output == "-" || (output is null && fromStdin);
        if (toStdout)
        {
            using var stdout = Console.OpenStandardOutput();
            stdout.Write(MpyWriter.Write(module));
            return 0;
        }

        // mpy-cross's rule: drop the input's last two characters and append "mpy" (x.py -> x.mpy).
        var path = output ?? (input.Length >= 2 ? input[..^2] : "") + "mpy";
        try
        {
            OutputFile.Write(path, MpyWriter.Write(module));
        }
        catch (FreezerException e)
        {
            Console.Error.Write(e.Message + "\n");
            return 1;
        }

        return 0;
    }
}
