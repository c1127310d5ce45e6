using MicroPython.Bytecode;
using MicroPython.Compiler;
using MicroPython.Compiler.Diagnostics;
using MicroPython.Compiler.Hosting;

namespace MicroPython.Freezer.Pipeline;

/// <summary>
/// Compiles many modules to <c>.mpy</c> files, in parallel on a fixed set of large-stack threads
/// (<see cref="DeepStack.For"/>, as <c>mpy compile</c>'s batch mode), so the compiler's per-thread
/// caches serve module after module. Each output is replaced whole (see <see cref="OutputFile"/>);
/// a module that fails leaves no output, so the next build tries it again.
/// </summary>
public static class ModuleCompiles
{
    /// <summary>Runs every job; returns, per job, null for success or the error.</summary>
    public static IReadOnlyList<FreezeDiagnostic?> Run(IReadOnlyList<CompileJob> jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var results = new FreezeDiagnostic?[jobs.Count];
        try
        {
            Outputs.SweepTemporaries(jobs.Select(j => Path.GetDirectoryName(Path.GetFullPath(j.OutputPath))!));
        }
        catch (FreezerException e)
        {
            return [.. jobs.Select(_ => FreezeDiagnostic.Of(e))];
        }

        DeepStack.For(jobs.Count, i => results[i] = RunOne(jobs[i]));
        return results;
    }

    private static FreezeDiagnostic? RunOne(CompileJob job)
    {
        MpyModule module;
        try
        {
            var options = new CompilerOptions { OptimizationLevel = job.OptimizationLevel, SmallIntBits = job.SmallIntBits };
            module = MpyCompiler.Compile(ModuleSource.Read(job.SourcePath, job.Version), job.SourceName, options);
        }
        catch (CompileError e)
        {
            return Deleted(job.OutputPath) ?? new FreezeDiagnostic(true, e.Code, $"{e.ExceptionType}: {e.PythonMessage}", job.SourcePath, e.Line, Math.Max(e.Column, 1));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FreezeDiagnostic(true, DiagnosticCodes.FileNotReadable, e.Message, job.SourcePath);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A compiler defect must not hide the other modules' results behind a crash report.
            return new FreezeDiagnostic(true, DiagnosticCodes.InternalCompilerError, $"internal compiler error ({e.GetType().Name}: {e.Message}); please report it with this file", job.SourcePath);
        }

        try
        {
            Outputs.Replace(job.OutputPath, MpyWriter.Write(module));
            return null;
        }
        catch (FreezerException e)
        {
            return FreezeDiagnostic.Of(e);
        }
    }

    private static FreezeDiagnostic? Deleted(string path)
    {
        try
        {
            Outputs.Delete(path);
            return null;
        }
        catch (FreezerException e)
        {
            return FreezeDiagnostic.Of(e);
        }
    }
}
