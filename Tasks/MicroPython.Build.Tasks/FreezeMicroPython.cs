using MicroPython.Bytecode;
using MicroPython.Bytecode.Files;
using MicroPython.Bytecode.Targets;
using MicroPython.Freezer;
using Microsoft.Build.Framework;

namespace MicroPython.Build.Tasks;

/// <summary>
/// Writes one target's <c>frozen_content.c</c> from its freeze entries: modules frozen as text, then
/// as bytecode, each in the planned order, against the firmware's qstrs (the target's qstr header,
/// or else the static qstrs in the pool layout of the target's profile) and the target's integer storage.
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
            var strModules = new List<FrozenStrModule>();
            var mpyModules = new List<FrozenMpyModule>();
            foreach (var entry in Entries)
            {
                if (entry.GetMetadata("Kind") == "str")
                {
                    strModules.Add(new FrozenStrModule(entry.GetMetadata("FrozenPath"), InputFile.ReadAllBytes(entry.ItemSpec, InputLimits.Source, "source file")));
                }
                else
                {
                    var origin = Path.GetRelativePath(ProjectDirectory, entry.ItemSpec).Replace('\\', '/');
                    mpyModules.Add(new FrozenMpyModule(MpyReader.ReadFile(entry.ItemSpec), origin));
                }
            }

            var profile = TargetProfileReader.ReadFile(ProfilePath);
            var firmware = QstrHeader.Length > 0 ? FirmwareQstrs.FromFile(QstrHeader) : FirmwareQstrs.StaticOnlyWith(profile.QstrBytesInHash, profile.QstrBytesInLen);
            var target = FreezeTarget.FromProfile(profile);
            var content = FrozenCWriter.Write(new FreezeRequest(strModules, mpyModules, firmware, target));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputFile))!);
            File.WriteAllBytes(OutputFile, content);
            Log.LogMessage(MessageImportance.High, $"MicroPython: froze {strModules.Count + mpyModules.Count} modules into {OutputFile}");
        }
        catch (FreezerException e)
        {
            Log.LogError(null, e.Code, null, e.FileName ?? BuildEngine.ProjectFileOfTaskNode, e.Line, e.Column, 0, 0, e.Reason);
        }
        catch (MpyFormatException e)
        {
            Log.LogError(null, MpyFormatException.Code, null, e.FileName, 0, 0, 0, 0, $"invalid .mpy at byte {e.Offset}: {e.Reason}");
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
}
