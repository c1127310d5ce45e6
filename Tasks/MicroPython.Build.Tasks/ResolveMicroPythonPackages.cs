using System.Text.Json;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace MicroPython.Build.Tasks;

/// <summary>
/// Finds the MicroPython modules that restored packages carry, so they join the build like the
/// project's own. A package holds them under <c>micropython/micropython&lt;major&gt;.&lt;minor&gt;/</c>
/// (a folder NuGet leaves alone: it knows no short name for MicroPython, so <c>lib/</c> would make
/// restore call the package incompatible); the folder of the highest version not above the
/// project's is used, and a package with none that fits is an error at build time.
/// </summary>
public sealed class ResolveMicroPythonPackages : Microsoft.Build.Utilities.Task
{
    private const string Root = "micropython/";
    private const string Prefix = "micropython";

    /// <summary>NuGet's <c>project.assets.json</c> of the project.</summary>
    [Required]
    public string AssetsFile { get; set; } = "";

    /// <summary>The project's MicroPython version (<c>TargetFrameworkVersion</c>, e.g. <c>v1.28</c>).</summary>
    [Required]
    public string TargetFrameworkVersion { get; set; } = "";

    /// <summary>The project file, where package errors are reported.</summary>
    [Required]
    public string ProjectFile { get; set; } = "";

    /// <summary>The packages' <c>.py</c> files, with <c>FrozenPath</c>, <c>NuGetPackageId</c>, <c>NuGetPackageVersion</c>.</summary>
    [Output]
    public ITaskItem[] Modules { get; private set; } = [];

    /// <summary>The packages' <c>.mpy</c> files, with the same metadata.</summary>
    [Output]
    public ITaskItem[] PrebuiltModules { get; private set; } = [];

    /// <inheritdoc />
    public override bool Execute()
    {
        if (!Version.TryParse(TargetFrameworkVersion.TrimStart('v'), out var projectVersion))
        {
            Log.LogProjectError(ProjectFile, DiagnosticCodes.ContradictoryProperties, $"the target framework version '{TargetFrameworkVersion}' is not a MicroPython version (use a TargetFramework like micropython1.28)");
            return false;
        }

        using var assets = JsonDocument.Parse(File.ReadAllText(AssetsFile));
        var folders = assets.RootElement.GetProperty("packageFolders").EnumerateObject().Select(p => p.Name).ToList();
        var modules = new List<ITaskItem>();
        var prebuilt = new List<ITaskItem>();
        foreach (var library in assets.RootElement.GetProperty("libraries").EnumerateObject())
        {
            if (library.Value.GetProperty("type").GetString() != "package")
            {
                continue;
            }

            var files = library.Value.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).Where(f => f.StartsWith(Root, StringComparison.Ordinal)).ToList();
            if (files.Count == 0)
            {
                continue;
            }

            var (id, version) = Split(library.Name);
            var folder = Nearest(files, projectVersion);
            if (folder is null)
            {
                Log.LogProjectError(ProjectFile, DiagnosticCodes.IncompatiblePackage, $"package {id} {version} has no MicroPython code for micropython{projectVersion.ToString(2)} or older (it has {string.Join(", ", Versions(files).Select(v => Prefix + v.ToString(2)))})");
                continue;
            }

            var packageRoot = folders.Select(f => Path.Combine(f, library.Value.GetProperty("path").GetString()!)).FirstOrDefault(Directory.Exists);
            if (packageRoot is null)
            {
                Log.LogProjectError(ProjectFile, DiagnosticCodes.IncompatiblePackage, $"package {id} {version} is not in the package folders; run dotnet restore");
                continue;
            }

            foreach (var file in files.Where(f => f.StartsWith(folder, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                var item = new TaskItem(Path.GetFullPath(Path.Combine(packageRoot, file)));
                item.SetMetadata("FrozenPath", file[folder.Length..]);
                item.SetMetadata("NuGetPackageId", id);
                item.SetMetadata("NuGetPackageVersion", version);
                if (file.EndsWith(".py", StringComparison.Ordinal))
                {
                    modules.Add(item);
                }
                else if (file.EndsWith(".mpy", StringComparison.Ordinal))
                {
                    prebuilt.Add(item);
                }
            }
        }

        Modules = [.. modules];
        PrebuiltModules = [.. prebuilt];
        return !Log.HasLoggedErrors;
    }

    private static string? Nearest(IEnumerable<string> files, Version project) =>
        Versions(files).Where(v => v <= project).OrderDescending().Select(v => $"{Root}{Prefix}{v.ToString(2)}/").FirstOrDefault();

    private static IEnumerable<Version> Versions(IEnumerable<string> files) =>
        files.Select(f => f[Root.Length..])
            .Select(f => f.Contains('/') ? f[..f.IndexOf('/')] : "")
            .Where(d => d.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(d => Version.TryParse(d[Prefix.Length..], out var v) ? v : null)
            .OfType<Version>()
            .Distinct();

    private static (string Id, string Version) Split(string name)
    {
        var slash = name.IndexOf('/');
        return slash < 0 ? (name, "") : (name[..slash], name[(slash + 1)..]);
    }
}
