using MicroPython.Freezer;
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
        var files = new SortedDictionary<string, ITaskItem>(StringComparer.Ordinal);
        foreach (var (items, extension) in new[] { (Modules, ".py"), (StringModules, ".py"), (PrebuiltModules, ".mpy") })
        {
            foreach (var item in items.Where(item => item.GetMetadata("NuGetPackageId").Length == 0))
            {
                var frozenPath = FrozenPaths.Of(item, ProjectDirectory, extension, out var problem);
                if (frozenPath is null)
                {
                    Log.LogError(null, DiagnosticCodes.BadFrozenPath, null, item.GetMetadata("FullPath"), 0, 0, 0, 0, problem);
                    continue;
                }

                // The build warns about a module frozen twice (MPY2101) and keeps the first; so does the package.
                var moduleName = frozenPath[..frozenPath.LastIndexOf('.')];
                if (!files.ContainsKey(moduleName))
                {
                    var file = new TaskItem(item.GetMetadata("FullPath"));
                    file.SetMetadata("PackagePath", folder + frozenPath);
                    files.Add(moduleName, file);
                }
            }
        }

        PackageFiles = [.. files.Values];
        return !Log.HasLoggedErrors;
    }
}
