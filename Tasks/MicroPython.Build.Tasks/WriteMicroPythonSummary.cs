using MicroPython.Bytecode.Targets;
using MicroPython.Freezer;
using MicroPython.Freezer.Pipeline;
using MicroPython.Freezer.Sizes;
using Microsoft.Build.Framework;

namespace MicroPython.Build.Tasks;

/// <summary>
/// Writes a target's build summary (<see cref="BuildSummary"/>) from the same request the freeze
/// step writes <c>frozen_content.c</c> from, replacing the file whole.
/// </summary>
public sealed class WriteMicroPythonSummary : Microsoft.Build.Utilities.Task
{
    /// <summary>The target's freeze entries (<see cref="PlanMicroPythonBuild.FreezeEntries"/>), with <c>ProfilePath</c>.</summary>
    public ITaskItem[] Entries { get; set; } = [];

    /// <summary>The target's name.</summary>
    [Required]
    public string Target { get; set; } = "";

    /// <summary>The port's qstr header, or empty.</summary>
    public string QstrHeader { get; set; } = "";

    /// <summary>The summary file to write.</summary>
    [Required]
    public string OutputFile { get; set; } = "";

    /// <inheritdoc />
    public override bool Execute()
    {
        if (Entries.Length == 0)
        {
            return true;
        }

        try
        {
            var profilePath = Entries[0].GetMetadata("ProfilePath");
            var request = FreezeEntries.Gather(Entries, profilePath, QstrHeader, Path.GetDirectoryName(BuildEngine.ProjectFileOfTaskNode)!);

            // Per module, what it costs in flash (size-report.json has the same figures and the ROMFS image's).
            var sizes = SizeReport.Measure(Target, request, SizeModel.FromProfile(TargetProfileReader.ReadFile(profilePath)), romfsImage: null, flashBudgetBytes: null);
            BuildSummary.Write(OutputFile, Target, request, SizeReportText.Write(sizes));
        }
        catch (FreezerException e)
        {
            Log.Report(e, BuildEngine.ProjectFileOfTaskNode);
        }
        catch (TargetProfileException e)
        {
            Log.LogError(null, TargetProfileException.Code, null, e.Origin, 0, 0, 0, 0, "invalid target profile: " + e.Reason);
        }

        return !Log.HasLoggedErrors;
    }
}
