using System.Globalization;
using MicroPython.Freezer.Pipeline;
using Microsoft.Build.Framework;

namespace MicroPython.Build.Tasks;

/// <summary>
/// Compiles <c>.py</c> files to <c>.mpy</c> in process and in parallel (<see cref="ModuleCompiles"/>).
/// A file that does not compile is reported at its line and column and leaves no output, so the
/// next build tries it again; every output is replaced whole, so a build stopped midway leaves none half-written.
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
        var jobs = Sources.Select(source => new CompileJob(
            source.ItemSpec,
            source.GetMetadata("SourceName"),
            int.Parse(source.GetMetadata("OptimizationLevel"), CultureInfo.InvariantCulture),
            int.Parse(source.GetMetadata("SmallIntBits"), CultureInfo.InvariantCulture),
            source.GetMetadata("PackageVersion") is { Length: > 0 } version ? version : null,
            source.GetMetadata("OutputFile"))).ToList();
        var results = ModuleCompiles.Run(jobs);

        var written = new List<ITaskItem>();
        for (var i = 0; i < jobs.Count; i++)
        {
            if (results[i] is { } failure)
            {
                Log.Report(failure, BuildEngine.ProjectFileOfTaskNode);
            }
            else
            {
                written.Add(new Microsoft.Build.Utilities.TaskItem(jobs[i].OutputPath));
            }
        }

        CompiledFiles = [.. written];
        Log.LogMessage(MessageImportance.High, $"MicroPython: compiled {written.Count} module{(written.Count == 1 ? "" : "s")}");
        return !Log.HasLoggedErrors;
    }
}
