using System.Globalization;
using MicroPython.Bytecode.Targets;
using MicroPython.Freezer;
using MicroPython.Freezer.Pipeline;
using MicroPython.Freezer.Romfs;
using Microsoft.Build.Framework;

namespace MicroPython.Build.Tasks;

/// <summary>
/// Writes one board's <c>romfs.img</c>: its modules at their frozen paths (compiled ones as the
/// board's <c>.mpy</c>, string-frozen ones as source) and the project's data files as they are,
/// checked against the board's ROMFS partition. An image that does not fit is an error and is not
/// written (a stale one is removed), so the next build tries again.
/// </summary>
public sealed class BuildMicroPythonRomfs : Microsoft.Build.Utilities.Task
{
    /// <summary>The board's freeze entries (<see cref="PlanMicroPythonBuild.FreezeEntries"/>); other boards' entries are ignored.</summary>
    public ITaskItem[] Entries { get; set; } = [];

    /// <summary>Data files (<c>MicroPythonFile</c>: metadata <c>FrozenPath</c>, <c>Link</c>, <c>BasePath</c>).</summary>
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>The board's name.</summary>
    [Required]
    public string Target { get; set; } = "";

    /// <summary>The board's profile, for its ROMFS partition size.</summary>
    [Required]
    public string ProfilePath { get; set; } = "";

    /// <summary>The partition size the project gives (target metadata <c>RomfsBytes</c>); empty for the profile's.</summary>
    public string RomfsBytes { get; set; } = "";

    /// <summary>The project folder, which data files' paths are relative to by default.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = "";

    /// <summary>The image to write.</summary>
    [Required]
    public string OutputFile { get; set; } = "";

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            var root = new RomfsFolder();
            foreach (var entry in Entries.Where(e => string.Equals(e.GetMetadata("MicroPythonTarget"), Target, StringComparison.OrdinalIgnoreCase)))
            {
                root.AddFile(entry.GetMetadata("FrozenPath"), File.ReadAllBytes(entry.ItemSpec));
            }

            foreach (var file in Files)
            {
                var path = FrozenPaths.Of(file, ProjectDirectory);
                if (FreezePlanner.FrozenPathProblem(path, "") is { } problem)
                {
                    Log.LogError(null, DiagnosticCodes.BadFrozenPath, null, file.GetMetadata("FullPath"), 0, 0, 0, 0, problem);
                    continue;
                }

                root.AddFile(path, File.ReadAllBytes(file.GetMetadata("FullPath")));
            }

            if (Log.HasLoggedErrors)
            {
                return false;
            }

            var image = RomfsWriter.Write(root);
            if (PartitionSize() is { } partition && image.Length > partition.Bytes)
            {
                var partitionText = partition.Bytes == 0 ? "it has no ROMFS partition" : $"{image.Length - partition.Bytes} bytes over its {partition.Bytes}-byte ROMFS partition";
                Log.LogError(null, DiagnosticCodes.RomfsTooLarge, null, BuildEngine.ProjectFileOfTaskNode, 0, 0, 0, 0,
                    $"the ROMFS image of target '{Target}' is {image.Length} bytes and {partitionText} ({partition.Origin}): move modules or data out of the image, or set the target's RomfsBytes to the partition your firmware has");
                File.Delete(OutputFile);
                return false;
            }

            RomfsWriter.WriteFile(root, OutputFile);
            Log.LogMessage(MessageImportance.High, $"MicroPython: wrote {image.Length}-byte ROMFS image {OutputFile}");
        }
        catch (FreezerException e)
        {
            Log.LogError(null, e.Code, null, e.FileName ?? BuildEngine.ProjectFileOfTaskNode, e.Line, e.Column, 0, 0, e.Reason);
        }
        catch (TargetProfileException e)
        {
            Log.LogError(null, TargetProfileException.Code, null, e.Origin, 0, 0, 0, 0, "invalid target profile: " + e.Reason);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, DiagnosticCodes.FileNotReadable, null, BuildEngine.ProjectFileOfTaskNode, 0, 0, 0, 0, e.Message);
        }

        return !Log.HasLoggedErrors;
    }

    private (long Bytes, string Origin)? PartitionSize()
    {
        if (RomfsBytes.Length > 0)
        {
            return long.TryParse(RomfsBytes, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes)
                ? (bytes, "RomfsBytes of the target")
                : throw new FreezerException(FreezerErrors.BadRequest, $"RomfsBytes of target '{Target}' must be a number of bytes, not '{RomfsBytes}'");
        }

        var profile = TargetProfileReader.ReadFile(ProfilePath);
        return profile.RomfsBytes is { } size ? (size, "romfsBytes of " + Path.GetFileName(ProfilePath)) : null;
    }
}
