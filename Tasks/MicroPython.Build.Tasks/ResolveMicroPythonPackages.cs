using MicroPython.Freezer;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using NuGet.Frameworks;

namespace MicroPython.Build.Tasks;

/// <summary>
/// Finds the MicroPython modules that restored packages carry, so they join the build like the
/// project's own. A package holds them as <c>.py</c> and <c>.mpy</c> files under
/// <c>lib/micropython&lt;version&gt;/</c>; of its folders the one NuGet.Frameworks finds nearest to
/// the project's framework is used (the highest version not above the project's), and a package
/// with MicroPython folders of which none fits is an error at build time. Restore itself cannot
/// choose: NuGet parses <c>micropython1.28</c> as an unknown framework, so the SDK keeps it out of
/// the compile and runtime assets and chooses here instead.
/// </summary>
public sealed class ResolveMicroPythonPackages : Microsoft.Build.Utilities.Task
{
    private const string LibFolder = "lib/";

    /// <summary>NuGet's <c>project.assets.json</c> of the project.</summary>
    [Required]
    public string AssetsFile { get; set; } = "";

    /// <summary>The project's <c>TargetFrameworkMoniker</c> (<c>MicroPython,Version=v1.28</c>).</summary>
    [Required]
    public string TargetFrameworkMoniker { get; set; } = "";

    /// <summary>The project file, where package errors are reported.</summary>
    [Required]
    public string ProjectFile { get; set; } = "";

    /// <summary>
    /// Where the result is kept as an MSBuild file that the SDK imports (see <see cref="PackageItemsFile"/>);
    /// written only when every package resolved. While it is newer than the assets file, the project
    /// file and this assembly, nothing is resolved: the imported items stand.
    /// </summary>
    [Required]
    public string ItemsFile { get; set; } = "";

    /// <summary>The fingerprint of the items file this build imported (<c>$(_MicroPythonPackageItemsId)</c>), empty if it imported none.</summary>
    public string ImportedItemsId { get; set; } = "";

    /// <summary>Whether the packages were resolved in this build (the outputs replace the imported items), rather than found up to date.</summary>
    [Output]
    public bool Refreshed { get; private set; }

    /// <summary>The packages' <c>.py</c> files, with <c>FrozenPath</c>, <c>NuGetPackageId</c>, <c>NuGetPackageVersion</c>.</summary>
    [Output]
    public ITaskItem[] Modules { get; private set; } = [];

    /// <summary>The packages' <c>.mpy</c> files, with the same metadata.</summary>
    [Output]
    public ITaskItem[] PrebuiltModules { get; private set; } = [];

    /// <inheritdoc />
    public override bool Execute()
    {
        if (PackageItemsFile.IsUpToDate(ItemsFile, ImportedItemsId, AssetsFile, ProjectFile, typeof(ResolveMicroPythonPackages).Assembly.Location))
        {
            return true;
        }

        Refreshed = true;
        if (MicroPythonFramework.Parse(TargetFrameworkMoniker) is not { } project)
        {
            Log.LogProjectError(ProjectFile, DiagnosticCodes.ContradictoryProperties, $"the target framework '{TargetFrameworkMoniker}' is not a MicroPython version (use a TargetFramework like micropython1.28)");
            return false;
        }

        IReadOnlyList<RestoredPackage> packages;
        try
        {
            packages = RestoredPackages.Read(AssetsFile, project);
        }
        catch (AssetsFileException e)
        {
            Log.LogError(null, DiagnosticCodes.UnreadableAssetsFile, null, AssetsFile, 0, 0, 0, 0, $"NuGet's restore output cannot be used ({e.Message}): run dotnet restore");
            return false;
        }

        var modules = new List<ITaskItem>();
        var prebuilt = new List<ITaskItem>();
        foreach (var package in packages)
        {
            var folders = MicroPythonFolders(package.Files);
            if (folders.Count == 0)
            {
                continue;
            }

            if (MicroPythonFramework.Nearest(project, folders.Keys) is not { } nearest)
            {
                var available = string.Join(", ", folders.Keys.OrderBy(f => f.Version).Select(MicroPythonFramework.FolderName));
                Log.LogProjectError(ProjectFile, DiagnosticCodes.IncompatiblePackage, $"package {package.Id} {package.Version} has no MicroPython code for {MicroPythonFramework.FolderName(project)} or older (it has {available}): use a version of the package made for {MicroPythonFramework.FolderName(project)}");
                continue;
            }

            if (package.Root is null)
            {
                Log.LogProjectError(ProjectFile, DiagnosticCodes.UnreadableAssetsFile, $"package {package.Id} {package.Version} is not in any of the restored package folders: run dotnet restore");
                continue;
            }

            foreach (var file in folders[nearest].Order(StringComparer.Ordinal))
            {
                var frozenPath = file[(file.IndexOf('/', LibFolder.Length) + 1)..];
                var item = new TaskItem(Path.GetFullPath(Path.Combine(package.Root, file)));
                item.SetMetadata("FrozenPath", frozenPath);
                item.SetMetadata("NuGetPackageId", package.Id);
                item.SetMetadata("NuGetPackageVersion", package.Version);
                item.SetMetadata(PackageItemsFile.MarkerMetadata, "true");
                (frozenPath.EndsWith(".py", StringComparison.Ordinal) ? modules : prebuilt).Add(item);
            }
        }

        Modules = [.. modules];
        PrebuiltModules = [.. prebuilt];
        if (!Log.HasLoggedErrors)
        {
            try
            {
                PackageItemsFile.Write(ItemsFile, [.. modules.Select(m => ("MicroPythonModule", m)).Concat(prebuilt.Select(m => ("MicroPythonMpy", m)))]);
            }
            catch (FreezerException e)
            {
                Log.Report(e, ProjectFile);
            }
        }

        return !Log.HasLoggedErrors;
    }

    // The .py and .mpy files of each lib/<folder>/ whose name is a MicroPython framework; other
    // folders (a .NET framework's, say) and other files (a readme) are not MicroPython code.
    private static Dictionary<NuGetFramework, List<string>> MicroPythonFolders(IEnumerable<string> files)
    {
        var folders = new Dictionary<NuGetFramework, List<string>>();
        foreach (var file in files)
        {
            var end = file.StartsWith(LibFolder, StringComparison.Ordinal) ? file.IndexOf('/', LibFolder.Length) : -1;
            if (end < 0 || MicroPythonFramework.Parse(file[LibFolder.Length..end]) is not { } framework)
            {
                continue;
            }

            if (!folders.TryGetValue(framework, out var list))
            {
                folders[framework] = list = [];
            }

            if (file.EndsWith(".py", StringComparison.Ordinal) || file.EndsWith(".mpy", StringComparison.Ordinal))
            {
                list.Add(file);
            }
        }

        return folders;
    }
}
