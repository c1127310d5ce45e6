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
        var fingerprint = InputsStamp.Compute(request, evaluation, headerPath, compiler);

        // A device or pipe (-o /dev/null) gets no stamp beside it, and is written every time.
        var stamped = FileKinds.Of(outputPath) != FileKind.Special;
        if (stamped && InputsStamp.IsCurrent(outputPath, fingerprint))
        {
            var count = evaluation.Entries.Count(e => e.Kind == ManifestEntryKind.Source);
            return new MakeManifestResult(false, 0, count, evaluation.Entries.Count - count);
        }

        var firmware = FirmwareQstrs.FromFile(headerPath);
        var entries = evaluation.Entries;
        var strModules = new List<FrozenStrModule>();
        var mpy = new FrozenMpyModule?[entries.Count];
        var compiled = 0;
        foreach (var (e, i) in entries.Select((e, i) => (e, i)))
        {
            switch (e.Kind)
            {
                case ManifestEntryKind.Source:
                    strModules.Add(new FrozenStrModule(e.TargetPath, ReadInput(e, InputLimits.Source, "source file")));
                    break;
                case ManifestEntryKind.Bytecode:
                    mpy[i] = new FrozenMpyModule(ReadMpy(e.FullPath, e), e.FullPath);
                    break;
            }
        }

        DeepStack.For(entries.Count, i =>
        {
            var e = entries[i];
            if (e.Kind != ManifestEntryKind.Compile)
            {
                return;
            }

            var (module, fresh) = CompileCached(e, buildDir, compiler);
            if (fresh)
            {
                Interlocked.Increment(ref compiled);
            }

            var stem = e.TargetPath.EndsWith(".py", StringComparison.OrdinalIgnoreCase) ? e.TargetPath[..^3] : e.TargetPath;
            mpy[i] = new FrozenMpyModule(module, request.BuildDirectory + "/frozen_mpy/" + stem + ".mpy");
        });

        var freeze = new FreezeRequest(strModules, mpy.OfType<FrozenMpyModule>().ToList(), firmware, request.Target);
        var written = OutputFile.WriteIfChanged(outputPath, FrozenCWriter.Write(freeze));
        if (stamped)
        {
            InputsStamp.Record(outputPath, fingerprint);
        }

        return new MakeManifestResult(written, compiled, freeze.StrModules.Count, freeze.MpyModules.Count);
    }

    private static MpyModule ReadMpy(string path, ManifestEntry entry)
    {
        try
        {
            return MpyReader.Read(ReadInput(entry, InputLimits.Mpy, ".mpy file"), path);
        }
        catch (MpyFormatException e)
        {
            throw new FreezerException(FreezerErrors.BadMpy, $"cannot freeze {path}: {e.Message}", entry.ManifestFile, entry.Line, inner: e);
        }
    }

    private static (MpyModule Module, bool Fresh) CompileCached(ManifestEntry e, string buildDir, IModuleCompiler compiler)
    {
        var source = SourceText(e);
        var opt = e.OptimizationLevel ?? 0;
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{compiler.CacheKey}\n{opt}\n{e.TargetPath}\n{source}")));
        var stem = e.TargetPath.EndsWith(".py", StringComparison.OrdinalIgnoreCase) ? e.TargetPath[..^3] : e.TargetPath;
        var mpyPath = Path.Combine(buildDir, "frozen_mpy", stem + ".mpy");
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
            module = compiler.Compile(source, e.TargetPath, opt);
        }
        catch (CompileError ce)
        {
            throw CompileFailure(e, ce);
        }

        OutputFile.WriteIfChanged(mpyPath, MpyWriter.Write(module));
        OutputFile.WriteIfChanged(keyPath, Encoding.UTF8.GetBytes(key));
        return (module, true);
    }

    // A file the manifest selected, which may have changed since: reported at the manifest line that selected it.
    private static byte[] ReadInput(ManifestEntry e, long limit, string what)
    {
        try
        {
            return InputFile.ReadAllBytes(e.FullPath, limit, what);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FreezerException(FreezerErrors.MissingFile, $"cannot read {e.FullPath}: {ex.Message}", e.ManifestFile, e.Line, inner: ex);
        }
    }

    private static FreezerException CompileFailure(ManifestEntry e, CompileError ce) =>
        new(FreezerErrors.CompileFailed, $"error compiling {e.TargetPath}: {ce.ExceptionType}: {ce.PythonMessage}", e.FullPath, ce.Line, ce.Column, ce);

    // As makemanifest: the file is read as text with universal newlines (CR and CRLF become LF, and
    // nothing else does), and a package version is appended as __version__ unless the module
    // already assigns one.
    private static string SourceText(ManifestEntry e)
    {
        string text;
        try
        {
            text = SourceDecoder.Decode(ReadInput(e, InputLimits.Source, "source file")).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }
        catch (CompileError ce)
        {
            throw CompileFailure(e, ce);
        }

        return PackageVersionStamp.Apply(text, e.Version);
    }
}
