using System.Globalization;
using MicroPython.Bytecode;
using MicroPython.Bytecode.Romfs;
using MicroPython.Bytecode.Targets;
using MicroPython.Freezer;
using MicroPython.Freezer.Sizes;
using Microsoft.Build.Framework;

namespace MicroPython.Build.Tasks;

/// <summary>
/// Writes a board's <c>size-report.json</c> beside its <c>frozen_content.c</c>: what each frozen
/// module and each file of its ROMFS image costs, and warns when frozen code and image together
/// exceed the board's flash budget.
/// </summary>
public sealed class WriteMicroPythonSizeReport : Microsoft.Build.Utilities.Task
{
    /// <summary>The freeze entries (<see cref="PlanMicroPythonBuild.FreezeEntries"/>); other boards' are ignored.</summary>
    public ITaskItem[] Entries { get; set; } = [];

    /// <summary>The board's name.</summary>
    [Required]
    public string Target { get; set; } = "";

    /// <summary>The board's profile.</summary>
    [Required]
    public string ProfilePath { get; set; } = "";

    /// <summary>The port's qstr header, or empty.</summary>
    public string QstrHeader { get; set; } = "";

    /// <summary>The board's ROMFS image, if it has one (a path that does not exist means none).</summary>
    public string RomfsImage { get; set; } = "";

    /// <summary>The flash budget in bytes (<c>MicroPythonFlashBudget</c> or target metadata <c>FlashBudget</c>), or empty.</summary>
    public string FlashBudget { get; set; } = "";

    /// <summary>The <c>size-report.json</c> to write.</summary>
    [Required]
    public string OutputFile { get; set; } = "";

    /// <inheritdoc />
    public override bool Execute()
    {
        long? budget = null;
        if (FlashBudget.Length > 0)
        {
            if (!long.TryParse(FlashBudget, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes))
            {
                Log.LogError(null, DiagnosticCodes.ContradictoryProperties, null, BuildEngine.ProjectFileOfTaskNode, 0, 0, 0, 0, $"the flash budget of target '{Target}' must be a number of bytes, not '{FlashBudget}'");
                return false;
            }

            budget = bytes;
        }

        try
        {
            var profile = TargetProfileReader.ReadFile(ProfilePath);
            var entries = Entries.Where(e => string.Equals(e.GetMetadata("MicroPythonTarget"), Target, StringComparison.OrdinalIgnoreCase));
            var request = FreezeEntries.Gather([.. entries], ProfilePath, QstrHeader, Path.GetDirectoryName(BuildEngine.ProjectFileOfTaskNode)!);
            var image = RomfsImage.Length > 0 && File.Exists(RomfsImage) ? File.ReadAllBytes(RomfsImage) : null;
            var report = SizeReport.Measure(Target, request, SizeModel.FromProfile(profile), image, budget);
            SizeReportFile.Write(report, OutputFile);
            if (report.OverBudget)
            {
                Log.LogWarning(null, DiagnosticCodes.FlashBudgetExceeded, null, BuildEngine.ProjectFileOfTaskNode, 0, 0, 0, 0,
                    $"target '{Target}' needs {report.TotalFlashBytes} bytes of flash for MicroPython code ({report.FrozenFlashBytes} frozen, {report.RomfsImageBytes ?? 0} ROMFS), {report.TotalFlashBytes - budget} over its {budget}-byte budget: see {OutputFile}");
            }
        }
        catch (FreezerException e)
        {
            Log.LogError(null, e.Code, null, e.FileName ?? BuildEngine.ProjectFileOfTaskNode, e.Line, e.Column, 0, 0, e.Reason);
        }
        catch (MpyFormatException e)
        {
            Log.LogError(null, MpyFormatException.Code, null, e.FileName, 0, 0, 0, 0, $"invalid .mpy at byte {e.Offset}: {e.Reason}");
        }
        catch (RomfsFormatException e)
        {
            Log.LogError(null, RomfsFormatException.Code, null, e.FileName, 0, 0, 0, 0, $"invalid ROMFS image at byte {e.Offset}: {e.Reason}");
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
