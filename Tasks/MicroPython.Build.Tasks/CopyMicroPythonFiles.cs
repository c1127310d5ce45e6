using MicroPython.Freezer;
using MicroPython.Freezer.Pipeline;
using Microsoft.Build.Framework;

namespace MicroPython.Build.Tasks;

/// <summary>
/// Copies a target's <c>.mpy</c> files into its output folder, each replacing its destination whole
/// (MSBuild's <c>Copy</c> writes in place: a build stopped midway would leave a truncated file that
/// is newer than its source, which the next build would keep).
/// </summary>
public sealed class CopyMicroPythonFiles : Microsoft.Build.Utilities.Task
{
    /// <summary>The files to copy, each with <c>DestinationFile</c>.</summary>
    public ITaskItem[] Files { get; set; } = [];

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            Outputs.SweepTemporaries(Files.Select(f => Path.GetDirectoryName(Path.GetFullPath(f.GetMetadata("DestinationFile")))!));
        }
        catch (FreezerException e)
        {
            Log.Report(e, BuildEngine.ProjectFileOfTaskNode);
            return false;
        }

        foreach (var file in Files)
        {
            try
            {
                Outputs.Copy(file.ItemSpec, file.GetMetadata("DestinationFile"));
            }
            catch (FreezerException e)
            {
                Log.Report(e, BuildEngine.ProjectFileOfTaskNode);
            }
        }

        return !Log.HasLoggedErrors;
    }
}
