using MicroPython.Bytecode;
using MicroPython.Bytecode.Files;
using MicroPython.Compiler;
using MicroPython.Compiler.Diagnostics;
using MicroPython.Compiler.Hosting;
using MicroPython.Freezer;
using MicroPython.Freezer.Pipeline;

namespace MicroPython.Cli;

/// <summary>
/// The batch form of <c>mpy compile</c>: every input compiled in one process, in parallel, to
/// <c>DIR/&lt;relative path&gt;.mpy</c>, with errors in MSBuild's canonical form (with columns).
/// A failing file does not stop the others; the exit code is 1 if any failed.
/// </summary>
internal static class BatchCompile
{
    public static int Run(string[] inputs, string outDir, string sourceRoot, CompilerOptions options)
    {
        if (inputs.Length == 0)
        {
            Console.Error.Write($"error {DiagnosticCodes.BadInputs}: no input files\n");
            return 1;
        }

        var root = Path.GetFullPath(sourceRoot);
        var output = new OutputFolders(outDir);
        var messages = new string?[inputs.Length];
        DeepStack.For(inputs.Length, i => messages[i] = CompileOne(inputs[i], root, output, options));

        var failed = 0;
        foreach (var message in messages.Where(m => m is not null))
        {
            Console.Error.Write(message + "\n");
            failed++;
        }

        return failed == 0 ? 0 : 1;
    }

    private static string? CompileOne(string input, string root, OutputFolders output, CompilerOptions options)
    {
        var fullPath = Path.GetFullPath(input, output.WorkingDirectory);
        var relative = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
        if (relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return $"{input}: error {DiagnosticCodes.BadInputs}: the file is outside the source root {root}";
        }

        byte[] source;
        try
        {
            source = InputFile.ReadAllBytes(fullPath, InputLimits.Source, "source file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"{input}: error {DiagnosticCodes.FileNotReadable}: {e.Message}";
        }

        MpyModule module;
        try
        {
            module = MpyCompiler.Compile(source, relative, options);
        }
        catch (CompileError e)
        {
            return e.ToCanonical(input);
        }

        try
        {
            OutputFile.Write(output.Prepare(Path.ChangeExtension(relative, ".mpy")), MpyWriter.Write(module));
            return null;
        }
        catch (FreezerException e)
        {
            return e.Message;
        }
    }
}
