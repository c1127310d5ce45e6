using MicroPython.Bytecode.Targets;
using MicroPython.Freezer;
using MicroPython.Freezer.Pipeline;
using Microsoft.Build.Framework;

namespace MicroPython.Build.Tasks;

/// <summary>
/// Writes one target's <c>frozen_content.c</c> from its freeze entries (see <see cref="FreezeEntries"/>),
/// replacing it whole: a build stopped midway leaves the old file or the new one, never part of one.
/// </summary>
public sealed class FreezeMicroPython : Microsoft.Build.Utilities.Task
{
    /// <summary>The target's freeze entries (<see cref="PlanMicroPythonBuild.FreezeEntries"/>).</summary>
    public ITaskItem[] Entries { get; set; } = [];

    /// <summary>The target's profile file.</summary>
    [Required]
    public string ProfilePath { get; set; } = "";

    /// <summary>The port's <c>genhdr/qstrdefs.preprocessed.h</c>, or empty for only the static qstrs.</summary>
    public string QstrHeader { get; set; } = "";

    /// <summary>The project folder: comments in the C name inputs relative to it, never by absolute path.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = "";

    /// <summary>The <c>frozen_content.c</c> to write.</summary>
    [Required]
    public string OutputFile { get; set; } = "";

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            var request = FreezeEntries.Gather(Entries, ProfilePath, QstrHeader, ProjectDirectory);
            FrozenContent.Write(OutputFile, request);
            Log.LogMessage(MessageImportance.High, $"MicroPython: froze {request.StrModules.Count + request.MpyModules.Count} modules into {OutputFile}");
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
