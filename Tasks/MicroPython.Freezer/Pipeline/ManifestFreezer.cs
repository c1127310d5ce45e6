using System.Security.Cryptography;
using System.Text;
using MicroPython.Bytecode;
using MicroPython.Bytecode.Files;
using MicroPython.Compiler.Diagnostics;
using MicroPython.Compiler.Hosting;
using MicroPython.Freezer.CSource;
using MicroPython.Freezer.Manifests;

namespace MicroPython.Freezer.Pipeline;

/// <summary>
/// <c>makemanifest.py</c> without Python: evaluates the manifests, compiles what must be compiled
/// (in parallel, reusing unchanged results from the build directory), and writes
/// <c>frozen_content.c</c> — only when its content changed, and never half-written.
/// </summary>
public static class ManifestFreezer
{
    /// <summary>Runs the whole step.</summary>
    /// <param name="request">The inputs.</param>
    /// <param name="compiler">Compiles <c>.py</c> modules.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="FreezerException">Any failure, with code, file and line; the output is then left as it was.</exception>
    public static MakeManifestResult Run(MakeManifestRequest request, IModuleCompiler compiler)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(compiler);
        var cwd = Path.GetFullPath(request.WorkingDirectory ?? Directory.GetCurrentDirectory());
        var buildDir = Path.GetFullPath(request.BuildDirectory, cwd);
        if (FileKinds.Of(buildDir) is FileKind.Regular or FileKind.Special)
        {
            throw new FreezerException(FreezerErrors.BadRequest, $"the build folder {request.BuildDirectory} is a file, not a folder");
        }

        var evaluation = ManifestEvaluator.Evaluate(request.Manifests, request.Variables, cwd);
        var headerPath = Path.GetFullPath(request.QstrHeaderPath ?? Path.Combine(request.BuildDirectory, "genhdr", "qstrdefs.preprocessed.h"), cwd);
        var outputPath = Path.GetFullPath(request.OutputPath, cwd);
        var plan = FreezePlanner.Plan(evaluation.Entries.Select(Input).ToList());
        if (plan.HasErrors)
        {
            return new MakeManifestResult(false, 0, 0, 0) { Diagnostics = plan.Diagnostics };
        }

        var fingerprint = InputsStamp.Compute(request, evaluation, headerPath, compiler);
        var modules = plan.Modules;
        var strCount = modules.Count(m => m.Kind == ManifestEntryKind.Source);

        // A device or pipe (-o /dev/null) gets no stamp beside it, and is written every time.
        var stamped = FileKinds.Of(outputPath) != FileKind.Special;
        if (stamped && InputsStamp.IsCurrent(outputPath, fingerprint))
        {
            return new MakeManifestResult(false, 0, strCount, modules.Count - strCount) { Diagnostics = plan.Diagnostics };
        }

        var firmware = FirmwareQstrs.FromFile(headerPath);
        var compiledModules = new MpyModule?[modules.Count];
        var compiled = 0;
        DeepStack.For(modules.Count, i =>
        {
            if (modules[i].Kind != ManifestEntryKind.Compile)
            {
                return;
            }

            var (module, fresh) = CompileCached(modules[i], buildDir, compiler);
            if (fresh)
            {
                Interlocked.Increment(ref compiled);
            }

            compiledModules[i] = module;
        });

        var freeze = FrozenContent.Gather(
            modules,
            i => compiledModules[i]!,
            i => modules[i].Kind == ManifestEntryKind.Compile ? request.BuildDirectory + "/frozen_mpy/" + Stem(modules[i].FrozenPath) + ".mpy" : modules[i].FullPath,
            firmware,
            request.Target);
        var written = OutputFile.WriteIfChanged(outputPath, FrozenCWriter.Write(freeze));
        if (stamped)
        {
            InputsStamp.Record(outputPath, fingerprint);
        }

        return new MakeManifestResult(written, compiled, freeze.StrModules.Count, freeze.MpyModules.Count) { Diagnostics = plan.Diagnostics };
    }

    private static FreezeInput Input(ManifestEntry e, int order) => new(e.FullPath, e.TargetPath, e.Kind)
    {
        OptimizationLevel = e.OptimizationLevel ?? 0,
        Version = e.Version,
        Order = order,
        ManifestFile = e.ManifestFile,
        Line = e.Line,
    };

    private static string Stem(string frozenPath) => frozenPath.EndsWith(".py", StringComparison.OrdinalIgnoreCase) ? frozenPath[..^3] : frozenPath;

    private static (MpyModule Module, bool Fresh) CompileCached(FreezeInput e, string buildDir, IModuleCompiler compiler)
    {
        var source = SourceText(e);
        var opt = e.OptimizationLevel;
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{compiler.CacheKey}\n{opt}\n{e.FrozenPath}\n{source}")));
        var mpyPath = Path.Combine(buildDir, "frozen_mpy", Stem(e.FrozenPath) + ".mpy");
        var keyPath = mpyPath + ".key";
        if (File.Exists(mpyPath) && FileKinds.Of(keyPath) == FileKind.Regular && File.ReadAllText(keyPath) == key)
        {
            try
            {
                return (MpyReader.ReadFile(mpyPath), false);
            }
            catch (Exception ex) when (ex is MpyFormatException or IOException)
            {
                // A damaged cache entry is simply rebuilt.
            }
        }

        MpyModule module;
        try
        {
            module = compiler.Compile(source, e.FrozenPath, opt);
        }
        catch (CompileError ce)
        {
            throw CompileFailure(e, ce);
        }

        OutputFile.WriteIfChanged(mpyPath, MpyWriter.Write(module));
        OutputFile.WriteIfChanged(keyPath, Encoding.UTF8.GetBytes(key));
        return (module, true);
    }

    private static FreezerException CompileFailure(FreezeInput e, CompileError ce) =>
        new(FreezerErrors.CompileFailed, $"error compiling {e.FrozenPath}: {ce.ExceptionType}: {ce.PythonMessage}", e.FullPath, ce.Line, ce.Column, ce);

    private static string SourceText(FreezeInput e)
    {
        try
        {
            return ModuleSource.Read(e.FullPath, e.Version);
        }
        catch (CompileError ce)
        {
            throw CompileFailure(e, ce);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FreezerException(DiagnosticCodes.FileNotReadable, ex.Message, e.FullPath, inner: ex);
        }
    }
}
