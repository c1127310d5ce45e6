using MicroPython.Bytecode;
using MicroPython.Bytecode.Files;
using MicroPython.Bytecode.Targets;
using MicroPython.Freezer;
using Microsoft.Build.Framework;

namespace MicroPython.Build.Tasks;

/// <summary>
/// Refuses prebuilt <c>.mpy</c> files (the project's own and those from packages) that a target's
/// firmware would refuse with "incompatible .mpy file": a build error names the file, the target
/// and the reason, instead of a failure on the device.
/// </summary>
public sealed class CheckMicroPythonMpy : Microsoft.Build.Utilities.Task
{
    /// <summary>The <c>.mpy</c> files to check.</summary>
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>The resolved targets (<see cref="ResolveMicroPythonTargets"/>), with <c>ProfilePath</c>.</summary>
    [Required]
    public ITaskItem[] Targets { get; set; } = [];

    /// <inheritdoc />
    public override bool Execute()
    {
        var profiles = Targets.Select(t => TargetProfileReader.ReadFile(t.GetMetadata("ProfilePath"))).ToList();
        foreach (var file in Files)
        {
            var path = file.GetMetadata("FullPath");
            if (ReadHeader(path) is not { } header)
            {
                continue;
            }

            foreach (var profile in profiles)
            {
                if (profile.Incompatibility(header) is { } reason)
                {
                    Log.LogError(null, DiagnosticCodes.IncompatibleMpy, null, path, 0, 0, 0, 0, $"this .mpy would not load on target '{profile.Name}': {reason}{PackageNote(file)}");
                }
            }
        }

        return !Log.HasLoggedErrors;
    }

    private MpyHeader? ReadHeader(string path)
    {
        byte[] data;
        try
        {
            data = InputFile.ReadAllBytes(path, InputLimits.Mpy, ".mpy file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, DiagnosticCodes.FileNotReadable, null, path, 0, 0, 0, 0, e.Message);
            return null;
        }

        if (data.Length >= 2 && data[0] == MpyHeader.Magic && data[1] != MpyHeader.Version)
        {
            Log.LogError(null, DiagnosticCodes.IncompatibleMpy, null, path, 0, 0, 0, 0, $"this .mpy has format version {data[1]} and MicroPython 1.28 loads only version {MpyHeader.Version}: rebuild it from source with this SDK or use a package made for micropython1.28");
            return null;
        }

        try
        {
            return MpyReader.Read(data, path).Header;
        }
        catch (MpyFormatException e)
        {
            Log.LogError(null, MpyFormatException.Code, null, path, 0, 0, 0, 0, $"invalid .mpy at byte {e.Offset}: {e.Reason}");
            return null;
        }
    }

    private static string PackageNote(ITaskItem file) =>
        file.GetMetadata("NuGetPackageId") is { Length: > 0 } id ? $" (from package {id} {file.GetMetadata("NuGetPackageVersion")})" : "";
}
