using System.Text;
using MicroPython.Bytecode;
using MicroPython.Bytecode.Files;
using MicroPython.Bytecode.Targets;
using MicroPython.Freezer.Sizes;
using Microsoft.Build.Framework;

namespace MicroPython.Build.Tasks;

/// <summary>
/// Writes a target's build summary: how many modules it freezes, the bytes of bytecode they carry
/// and the qstrs they add to the firmware's own (those in the target's qstr header, or the static
/// qstrs every firmware has when there is no header).
/// </summary>
public sealed class WriteMicroPythonSummary : Microsoft.Build.Utilities.Task
{
    /// <summary>The target's freeze entries (<see cref="PlanMicroPythonBuild.FreezeEntries"/>).</summary>
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
        var firmware = QstrHeader.Length > 0 ? FirmwareQstrs(QstrHeader) : [];
        var added = new SortedSet<string>(StringComparer.Ordinal);
        var bytecodeBytes = 0L;
        var mpyCount = 0;
        var strCount = 0;
        var strBytes = 0L;
        foreach (var entry in Entries)
        {
            if (entry.GetMetadata("Kind") == "str")
            {
                strCount++;
                strBytes += new FileInfo(entry.ItemSpec).Length;
                continue;
            }

            MpyModule module;
            try
            {
                module = MpyReader.ReadFile(entry.ItemSpec);
            }
            catch (MpyFormatException e)
            {
                Log.LogError(null, MpyFormatException.Code, null, entry.ItemSpec, 0, 0, 0, 0, $"invalid .mpy at byte {e.Offset}: {e.Reason}");
                continue;
            }

            mpyCount++;
            bytecodeBytes += module.Root.SelfAndDescendants().Sum(code => (long)code.Code.Length);
            added.UnionWith(module.Qstrs.Where(q => !q.IsStatic && !firmware.Contains(q.Text)).Select(q => q.Text));
        }

        if (Log.HasLoggedErrors)
        {
            return false;
        }

        var text = new StringBuilder()
            .Append($"target: {Target}\n")
            .Append($"modules frozen as bytecode: {mpyCount}\n")
            .Append($"bytes of bytecode: {bytecodeBytes}\n")
            .Append($"modules frozen as source: {strCount} ({strBytes} bytes)\n")
            .Append($"qstrs added: {added.Count}\n")
            .Append(FrozenSizeText())
            .ToString();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputFile))!);
        File.WriteAllText(OutputFile, text);
        return true;
    }

    // Per module, what it costs in flash (size-report.json has the same figures and the ROMFS image's).
    private string FrozenSizeText()
    {
        if (Entries.Length == 0)
        {
            return "";
        }

        var profile = TargetProfileReader.ReadFile(Entries[0].GetMetadata("ProfilePath"));
        var request = FreezeRequests.FromEntries(Entries, profile, QstrHeader);
        return SizeReportText.Write(SizeReport.Measure(Target, request, SizeModel.FromProfile(profile), romfsImage: null, flashBudgetBytes: null));
    }

    // The header's Q(text) lines, as mpy-tool reads them; enough to tell which qstrs are new.
    private static HashSet<string> FirmwareQstrs(string header) =>
        InputFile.ReadAllText(header, InputLimits.QstrHeader, "qstr header").Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("Q(", StringComparison.Ordinal) && line.EndsWith(')'))
            .Select(line => line[2..^1])
            .ToHashSet(StringComparer.Ordinal);
}
