using MicroPython.Bytecode;
using MicroPython.Bytecode.Targets;
using MicroPython.Freezer;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace MicroPython.Build.Tasks;

/// <summary>
/// Turns the project's <c>MicroPythonTarget</c> items into resolved targets: the profile read and
/// checked, the small-int width to compile with, and where the target's outputs go.
/// </summary>
public sealed class ResolveMicroPythonTargets : Microsoft.Build.Utilities.Task
{
    /// <summary>The targets the project names (<c>MicroPythonTarget</c>; metadata <c>Profile</c>, <c>QstrHeader</c>).</summary>
    [Required]
    public ITaskItem[] Targets { get; set; } = [];

    /// <summary>The folder of the SDK's built-in profiles (<c>NAME.json</c>).</summary>
    [Required]
    public string ProfileDirectory { get; set; } = "";

    /// <summary>The folder under which each target gets its output folder.</summary>
    [Required]
    public string OutputRoot { get; set; } = "";

    /// <summary>The project file, where configuration errors are reported.</summary>
    [Required]
    public string ProjectFile { get; set; } = "";

    /// <summary>The small-int width to compile with (<c>MicroPythonSmallIntBits</c>); empty for each target's default.</summary>
    public string SmallIntBits { get; set; } = "";

    /// <summary>One item per distinct target, with its profile's values as metadata.</summary>
    [Output]
    public ITaskItem[] ResolvedTargets { get; private set; } = [];

    /// <inheritdoc />
    public override bool Execute()
    {
        int? requestedBits = null;
        if (SmallIntBits.Length > 0)
        {
            if (!int.TryParse(SmallIntBits, out var bits) || bits is < 8 or > 63)
            {
                Log.LogProjectError(ProjectFile, DiagnosticCodes.ContradictoryProperties, $"MicroPythonSmallIntBits must be a whole number from 8 to 63, not '{SmallIntBits}'");
                return false;
            }

            requestedBits = bits;
        }

        var distinct = Targets
            .Where(t => t.ItemSpec.Trim().Length > 0)
            .GroupBy(t => t.ItemSpec.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .ToList();
        if (distinct.Count == 0)
        {
            Log.LogProjectError(ProjectFile, DiagnosticCodes.NoTargets, $"no MicroPython target: set MicroPythonTargets to one or more of {string.Join(", ", KnownTargets())}");
            return false;
        }

        var resolved = new List<ITaskItem>();
        foreach (var target in distinct)
        {
            if (Resolve(target, requestedBits) is { } item)
            {
                resolved.Add(item);
            }
        }

        ResolvedTargets = [.. resolved];
        return !Log.HasLoggedErrors;
    }

    private TaskItem? Resolve(ITaskItem target, int? requestedBits)
    {
        var name = target.ItemSpec.Trim();
        if (!IsBoardName(name))
        {
            // The name becomes a folder under the output root: a path would write elsewhere.
            Log.LogProjectError(ProjectFile, DiagnosticCodes.UnknownTarget, $"the MicroPython target '{name}' is not a board name: use letters, digits, '-', '_' and '.' only (a board of your own is a name with a Profile)");
            return null;
        }

        var customProfile = target.GetMetadata("Profile");
        var profilePath = customProfile.Length > 0 ? Path.GetFullPath(customProfile) : Path.Combine(ProfileDirectory, name + ".json");
        if (!File.Exists(profilePath))
        {
            if (customProfile.Length > 0)
            {
                Log.LogProjectError(ProjectFile, DiagnosticCodes.MissingConfiguredFile, $"the profile '{customProfile}' of MicroPython target '{name}' does not exist");
            }
            else
            {
                Log.LogProjectError(ProjectFile, DiagnosticCodes.UnknownTarget, $"unknown MicroPython target '{name}': the SDK knows {string.Join(", ", KnownTargets())} (or give the target a Profile)");
            }

            return null;
        }

        TargetProfile profile;
        try
        {
            profile = TargetProfileReader.ReadFile(profilePath);
        }
        catch (TargetProfileException e)
        {
            Log.LogError(null, TargetProfileException.Code, null, e.Origin, 0, 0, 0, 0, "invalid target profile: " + e.Reason);
            return null;
        }

        var compileBits = requestedBits ?? Math.Min((int)MpyHeader.DefaultSmallIntBits, profile.SmallIntBits);
        if (compileBits > profile.SmallIntBits)
        {
            Log.LogProjectError(ProjectFile, DiagnosticCodes.ContradictoryProperties, $"MicroPythonSmallIntBits is {compileBits} but target '{name}' has {profile.SmallIntBits}-bit small ints: its firmware would refuse every .mpy (lower the property or drop the target)");
            return null;
        }

        var qstrHeader = target.GetMetadata("QstrHeader");
        if (qstrHeader.Length > 0 && !File.Exists(qstrHeader))
        {
            Log.LogProjectError(ProjectFile, DiagnosticCodes.MissingConfiguredFile, $"the qstr header '{qstrHeader}' of MicroPython target '{name}' does not exist (it is the port's genhdr/qstrdefs.preprocessed.h)");
            return null;
        }

        var item = new TaskItem(name);
        item.SetMetadata("ProfilePath", profilePath);
        item.SetMetadata("SmallIntBits", profile.SmallIntBits.ToString());
        item.SetMetadata("CompileSmallIntBits", compileBits.ToString());
        item.SetMetadata("LongIntImplementation", profile.LongInt.ToString().ToLowerInvariant());
        item.SetMetadata("MpzDigitSize", profile.MpzDigitSize.ToString());
        item.SetMetadata("QstrBytesInHash", profile.QstrBytesInHash.ToString());
        item.SetMetadata("QstrBytesInLen", profile.QstrBytesInLen.ToString());
        item.SetMetadata("NativeArch", profile.NativeArch.ToString().ToLowerInvariant());
        item.SetMetadata("QstrHeader", qstrHeader.Length > 0 ? Path.GetFullPath(qstrHeader) : "");
        item.SetMetadata("OutputDir", Path.Combine(OutputRoot, name) + Path.DirectorySeparatorChar);
        return item;
    }

    private static bool IsBoardName(string name) =>
        name is not ("." or "..") && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    private IEnumerable<string> KnownTargets() =>
        Directory.Exists(ProfileDirectory)
            ? Directory.EnumerateFiles(ProfileDirectory, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)
            : [];
}
