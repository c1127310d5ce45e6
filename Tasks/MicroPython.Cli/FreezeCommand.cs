using System.CommandLine;
using MicroPython.Bytecode;
using MicroPython.Bytecode.Files;
using MicroPython.Compiler;
using MicroPython.Compiler.Diagnostics;
using MicroPython.Compiler.Hosting;
using MicroPython.Freezer;
using MicroPython.Freezer.Manifests;
using MicroPython.Freezer.Pipeline;

namespace MicroPython.Cli;

/// <summary>
/// <c>mpy freeze</c>: writes frozen_content.c from explicit inputs, without a manifest — <c>.mpy</c>
/// files frozen as they are, <c>.py</c> files compiled, and <c>--str</c> files frozen as source text —
/// through the same planning and freezing as <c>dotnet build</c>; the inputs keep the command line's order.
/// </summary>
internal static class FreezeCommand
{
    public static Command Create()
    {
        var output = new Option<string>("-o", "--output") { Description = "the frozen_content.c to write", Required = true, HelpName = "FILE" };
        var header = new Option<string?>("-q", "--qstr-header") { Description = "the firmware's preprocessed qstr header (genhdr/qstrdefs.preprocessed.h), so frozen code reuses its qstrs; without it only MicroPython's static qstrs are assumed", HelpName = "FILE" };
        var toolFlags = new Option<string>("--mpy-tool-flags") { Description = "the firmware's flags as mpy-tool.py takes them: -mlongint-impl none|longlong|mpz, -mmpz-dig-size N", DefaultValueFactory = _ => "", HelpName = "FLAGS" };
        var baseDir = new Option<string?>("--base") { Description = "frozen names of .py and --str files are their paths relative to this directory (default: the file name)", HelpName = "DIR" };
        var strFiles = new Option<string[]>("--str") { Description = "a .py file to freeze as source text, as freeze_as_str does (repeatable)", HelpName = "FILE" };
        var opt = new Option<int>("--opt") { Description = "optimisation level for compiling .py inputs (0-3), as mpy-cross -ON", HelpName = "N" };
        var smallIntBits = new Option<int>("--small-int-bits") { Description = "small-int width for compiling .py inputs, as mpy-cross -msmall-int-bits", HelpName = "N", DefaultValueFactory = _ => MpyHeader.DefaultSmallIntBits };
        var inputs = new Argument<string[]>("inputs") { Description = ".mpy files (frozen as they are) and .py files (compiled)", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("freeze", "Write frozen_content.c for the given .mpy, .py and --str files, as mpy-tool.py -f does (.py files are compiled first, as mpy-cross would); byte-identical to MicroPython v1.28.0's output.")
        {
            output, header, toolFlags, baseDir, strFiles, opt, smallIntBits, inputs,
        };
        command.SetAction(r => Run(
            r.GetValue(output)!,
            r.GetValue(header),
            r.GetValue(toolFlags) ?? "",
            r.GetValue(baseDir),
            r.GetValue(strFiles) ?? [],
            r.GetValue(opt),
            r.GetValue(smallIntBits),
            r.GetValue(inputs) ?? []));
        return command;
    }

    private static int Run(string output, string? header, string toolFlags, string? baseDir, string[] strFiles, int opt, int smallIntBits, string[] inputs)
    {
        try
        {
            if (opt is < 0 or > 3)
            {
                throw new FreezerException(FreezerErrors.BadRequest, $"--opt must be an optimisation level from 0 to 3, not {opt}");
            }

            if (smallIntBits is < 2 or > 63)
            {
                throw new FreezerException(FreezerErrors.BadRequest, $"--small-int-bits must be from 2 to 63, not {smallIntBits}");
            }

            var given = strFiles.Select(f => Input(f, ManifestEntryKind.Source, baseDir, opt))
                .Concat(inputs.Select(f => Input(f, f.EndsWith(".mpy", StringComparison.OrdinalIgnoreCase) ? ManifestEntryKind.Bytecode : ManifestEntryKind.Compile, baseDir, opt)))
                .Select((input, order) => input with { Order = order })
                .ToList();
            var plan = FreezePlanner.Plan(given);
            Diagnostics.Print(plan.Diagnostics);
            if (plan.HasErrors)
            {
                return 1;
            }

            var firmware = header is null ? FirmwareQstrs.StaticOnly : FirmwareQstrs.FromFile(header);
            var modules = plan.Modules;
            var compiled = new MpyModule?[modules.Count];
            DeepStack.For(modules.Count, i => compiled[i] = modules[i].Kind == ManifestEntryKind.Compile ? Compile(modules[i], smallIntBits) : null);
            var request = FrozenContent.Gather(modules, i => compiled[i]!, i => Origin(modules[i], inputs), firmware, FreezeFlags.ParseToolFlags(toolFlags));
            FrozenContent.Write(Path.GetFullPath(output), request);
            return 0;
        }
        catch (FreezerException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    private static FreezeInput Input(string path, ManifestEntryKind kind, string? baseDir, int opt) =>
        new(Path.GetFullPath(path), FrozenName(path, baseDir), kind) { OptimizationLevel = opt };

    // The C's comments name each .mpy as the command line gave it.
    private static string Origin(FreezeInput module, string[] inputs) =>
        inputs.FirstOrDefault(f => Path.GetFullPath(f) == module.FullPath) ?? module.FullPath;

    private static MpyModule Compile(FreezeInput module, int smallIntBits)
    {
        try
        {
            var source = ModuleSource.Read(module.FullPath, null);
            return MpyCompiler.Compile(source, module.FrozenPath, new CompilerOptions { OptimizationLevel = module.OptimizationLevel, SmallIntBits = smallIntBits });
        }
        catch (CompileError e)
        {
            throw new FreezerException(e.Code, $"{e.ExceptionType}: {e.PythonMessage}", module.FullPath, e.Line, Math.Max(e.Column, 1), e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FreezerException(DiagnosticCodes.FileNotReadable, e.Message, module.FullPath, inner: e);
        }
    }

    private static string FrozenName(string path, string? baseDir) =>
        baseDir is null ? Path.GetFileName(path) : Path.GetRelativePath(baseDir, path).Replace('\\', '/');
}
