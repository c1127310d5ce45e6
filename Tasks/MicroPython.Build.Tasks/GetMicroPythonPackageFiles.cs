using MicroPython.Freezer;
using MicroPython.Freezer.Manifests;
using MicroPython.Freezer.Pipeline;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace MicroPython.Build.Tasks;

/// <summary>
/// Lays out the package of a library project: each of its own modules goes to
/// <c>lib/micropython&lt;version&gt;/&lt;frozen path&gt;</c> — source for modules frozen as bytecode or
/// as text (the consumer compiles them for its own targets), prebuilt <c>.mpy</c> files as they are —
/// so a project that references the package freezes them under the same names as this one does.
/// Modules that came from packages are those packages' to ship, not this one's.
/// </summary>
public sealed class GetMicroPythonPackageFiles : Microsoft.Build.Utilities.Task
{
    /// <summary>Modules frozen as bytecode (<c>MicroPythonModule</c>).</summary>
    public ITaskItem[] Modules { get; set; } = [];

    /// <summary>Modules frozen as source text (<c>MicroPythonStringModule</c>).</summary>
    public ITaskItem[] StringModules { get; set; } = [];

    /// <summary>Prebuilt <c>.mpy</c> files (<c>MicroPythonMpy</c>).</summary>
    public ITaskItem[] PrebuiltModules { get; set; } = [];

    /// <summary>The project's <c>TargetFrameworkMoniker</c> (<c>MicroPython,Version=v1.28</c>), which names the folder.</summary>
    [Required]
    public string TargetFrameworkMoniker { get; set; } = "";

    /// <summary>The project folder, which frozen paths are relative to by default.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = "";

    /// <summary>The project file, where configuration errors are reported.</summary>
    [Required]
    public string ProjectFile { get; set; } = "";

    /// <summary>The files to pack, each with its <c>PackagePath</c>.</summary>
    [Output]
    public ITaskItem[] PackageFiles { get; private set; } = [];

    /// <inheritdoc />
    public override bool Execute()
    {
        if (MicroPythonFramework.Parse(TargetFrameworkMoniker) is not { } framework)
        {
            Log.LogProjectError(ProjectFile, DiagnosticCodes.ContradictoryProperties, $"the target framework '{TargetFrameworkMoniker}' is not a MicroPython version (use a TargetFramework like micropython1.28)");
            return false;
        }

        var folder = $"lib/{MicroPythonFramework.FolderName(framework)}/";
        var inputs = new List<FreezeInput>();
        foreach (var (items, kind) in new[] { (Modules, ManifestEntryKind.Compile), (StringModules, ManifestEntryKind.Source), (PrebuiltModules, ManifestEntryKind.Bytecode) })
        {
            inputs.AddRange(items.Where(item => item.GetMetadata("NuGetPackageId").Length == 0)
                .Select(item => new FreezeInput(item.GetMetadata("FullPath"), FrozenPaths.Of(item, ProjectDirectory), kind)));
        }

        // The package holds what the build freezes: the build has reported the plan's warnings already.
        var plan = FreezePlanner.Plan(inputs);
        foreach (var error in plan.Diagnostics.Where(d => d.IsError))
        {
            Log.Report(error, ProjectFile);
        }

        var files = new SortedDictionary<string, ITaskItem>(StringComparer.Ordinal);
        foreach (var module in plan.Modules)
        {
            var file = new TaskItem(module.FullPath);
            file.SetMetadata("PackagePath", folder + module.FrozenPath);
            files.Add(module.ModuleName, file);
        }

        PackageFiles = [.. files.Values];
        return !Log.HasLoggedErrors;
    }
}
