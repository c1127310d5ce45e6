using MicroPython.Bytecode.Targets;
using MicroPython.Freezer;
using MicroPython.Freezer.Manifests;
using MicroPython.Freezer.Pipeline;
using Microsoft.Build.Framework;

namespace MicroPython.Build.Tasks;

/// <summary>
/// A target's freeze entries (<see cref="PlanMicroPythonBuild.FreezeEntries"/>) gathered into the
/// freezer's request: modules frozen as text, then as bytecode (compiled or prebuilt <c>.mpy</c>
/// files), each in the planned order, against the firmware's qstrs (the target's qstr header, or
/// else the static qstrs in the pool layout of the target's profile) and the target's integer storage.
/// </summary>
internal static class FreezeEntries
{
    /// <exception cref="FreezerException">An input cannot be read.</exception>
    /// <exception cref="TargetProfileException">The profile is invalid.</exception>
    public static FreezeRequest Gather(ITaskItem[] entries, string profilePath, string qstrHeader, string projectDirectory)
    {
        var modules = entries
            .Select(e => new FreezeInput(e.ItemSpec, e.GetMetadata("FrozenPath"), e.GetMetadata("Kind") == "str" ? ManifestEntryKind.Source : ManifestEntryKind.Bytecode))
            .ToList();
        var profile = TargetProfileReader.ReadFile(profilePath);
        var firmware = qstrHeader.Length > 0 ? FirmwareQstrs.FromFile(qstrHeader) : FirmwareQstrs.StaticOnlyWith(profile.QstrBytesInHash, profile.QstrBytesInLen);

        // Every bytecode entry is a .mpy file by now; the C's comments name it relative to the project, never by absolute path.
        return FrozenContent.Gather(
            modules,
            _ => throw new InvalidOperationException("freeze entries are never compiled here"),
            i => Path.GetRelativePath(projectDirectory, modules[i].FullPath).Replace('\\', '/'),
            firmware,
            FreezeTarget.FromProfile(profile));
    }
}
