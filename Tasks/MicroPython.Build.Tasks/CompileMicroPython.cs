using MicroPython.Bytecode;
using MicroPython.Compiler;
using MicroPython.Compiler.Diagnostics;
using MicroPython.Compiler.Hosting;
using MicroPython.Freezer;
using MicroPython.Freezer.Manifests;
using Microsoft.Build.Framework;

namespace MicroPython.Build.Tasks;

/// <summary>
/// Compiles <c>.py</c> files to <c>.mpy</c> in process and in parallel. A file that does not compile
/// is reported at its line and column and leaves no output, so the next build tries it again.
/// </summary>
public sealed class CompileMicroPython : Microsoft.Build.Utilities.Task
{
    /// <summary>The compiles (<see cref="PlanMicroPythonBuild.Compiles"/>).</summary>
    [Required]
    public ITaskItem[] Sources { get; set; } = [];

    /// <summary>The <c>.mpy</c> files written.</summary>
    [Output]
    public ITaskItem[] CompiledFiles { get; private set; } = [];

    /// <inheritdoc />
    public override bool Execute()
    {
        var results = new Failure?[Sources.Length];
        Parallel.For(0, Sources.Length, i => results[i] = CompileOne(Sources[i]));

        var written = new List<ITaskItem>();
        for (var i = 0; i < Sources.Length; i++)
        {
            if (results[i] is { } failure)
            {
                Log.LogError(null, failure.Code, null, Sources[i].ItemSpec, failure.Line, failure.Column, 0, 0, failure.Message);
            }
            else
            {
                written.Add(new Microsoft.Build.Utilities.TaskItem(Sources[i].GetMetadata("OutputFile")));
            }
        }

        CompiledFiles = [.. written];
        Log.LogMessage(MessageImportance.High, $"MicroPython: compiled {written.Count} module{(written.Count == 1 ? "" : "s")}");
        return !Log.HasLoggedErrors;
    }

    private static Failure? CompileOne(ITaskItem source)
    {
        var output = source.GetMetadata("OutputFile");
        try
        {
            var options = new CompilerOptions
            {
                OptimizationLevel = int.Parse(source.GetMetadata("OptimizationLevel")),
                SmallIntBits = int.Parse(source.GetMetadata("SmallIntBits")),
            };
            var text = PackageVersionStamp.Apply(SourceDecoder.Decode(File.ReadAllBytes(source.ItemSpec)), source.GetMetadata("PackageVersion"));
            var module = DeepStack.Run(() => MpyCompiler.Compile(text, source.GetMetadata("SourceName"), options));
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            File.WriteAllBytes(output, MpyWriter.Write(module));
            return null;
        }
        catch (CompileError e)
        {
            if (File.Exists(output))
            {
                File.Delete(output);
            }

            return new Failure(e.Code, e.Line, Math.Max(e.Column, 1), $"{e.ExceptionType}: {e.PythonMessage}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Failure(DiagnosticCodes.FileNotReadable, 0, 0, e.Message);
        }
        catch (Exception e)
        {
            // A compiler defect must not hide the other modules' results behind an MSBuild crash report.
            return new Failure(DiagnosticCodes.InternalCompilerError, 0, 0, $"internal compiler error ({e.GetType().Name}: {e.Message}); please report it with this file");
        }
    }

    private sealed record Failure(string Code, int Line, int Column, string Message);
}
