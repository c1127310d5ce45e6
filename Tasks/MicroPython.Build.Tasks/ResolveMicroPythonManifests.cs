using System.Globalization;
using MicroPython.Freezer;
using MicroPython.Freezer.Manifests;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace MicroPython.Build.Tasks;

/// <summary>
/// Evaluates the project's <c>manifest.py</c> files, then its <c>require</c>d micropython-lib packages,
/// as makemanifest.py would evaluate them one after the other, into items like the project's own:
/// compiled modules, modules frozen as text, prebuilt <c>.mpy</c>. Each item keeps its place in the
/// manifests (<c>ManifestOrder</c>), so the frozen order is makemanifest.py's.
/// </summary>
public sealed class ResolveMicroPythonManifests : Microsoft.Build.Utilities.Task
{
    /// <summary>The manifests (<c>MicroPythonManifest</c>), evaluated in order.</summary>
    public ITaskItem[] Manifests { get; set; } = [];

    /// <summary>micropython-lib packages to <c>require()</c> (<c>MicroPythonRequire</c>).</summary>
    public ITaskItem[] Requires { get; set; } = [];

    /// <summary>The micropython-lib checkout (<c>$(MPY_LIB_DIR)</c> of manifests).</summary>
    public string MicroPythonLibPath { get; set; } = "";

    /// <summary>The project folder, where relative paths resolve.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = "";

    /// <summary>The project file, where configuration errors are reported.</summary>
    [Required]
    public string ProjectFile { get; set; } = "";

    /// <summary>Modules to compile, with <c>FrozenPath</c> and <c>OptimizationLevel</c>.</summary>
    [Output]
    public ITaskItem[] Modules { get; private set; } = [];

    /// <summary>Modules frozen as text, with <c>FrozenPath</c>.</summary>
    [Output]
    public ITaskItem[] StringModules { get; private set; } = [];

    /// <summary>Prebuilt <c>.mpy</c> files, with <c>FrozenPath</c>.</summary>
    [Output]
    public ITaskItem[] PrebuiltModules { get; private set; } = [];

    /// <summary>Every manifest read, included ones too: a change to any of them can change what is built.</summary>
    [Output]
    public ITaskItem[] ManifestFiles { get; private set; } = [];

    /// <inheritdoc />
    public override bool Execute()
    {
        if (Requires.Length > 0 && MicroPythonLibPath.Length == 0)
        {
            Log.LogProjectError(ProjectFile, DiagnosticCodes.MissingLibraryPath, $"MicroPythonRequire '{Requires[0].ItemSpec}' needs MicroPythonLibPath: the folder of a micropython-lib checkout");
            return false;
        }

        if (MicroPythonLibPath.Length > 0 && !Directory.Exists(MicroPythonLibPath))
        {
            Log.LogProjectError(ProjectFile, DiagnosticCodes.MissingConfiguredFile, $"MicroPythonLibPath '{MicroPythonLibPath}' does not exist");
            return false;
        }

        var inputs = Manifests.Select(m => m.GetMetadata("FullPath"))
            .Concat(Requires.Select(RequireCall))
            .ToList();
        var variables = new Dictionary<string, string>(StringComparer.Ordinal) { ["MPY_LIB_DIR"] = MicroPythonLibPath };
        ManifestEvaluation evaluation;
        try
        {
            evaluation = ManifestEvaluator.Evaluate(inputs, variables, ProjectDirectory);
        }
        catch (FreezerException e)
        {
            Log.Report(e, ProjectFile);
            return false;
        }

        var modules = new List<ITaskItem>();
        var strings = new List<ITaskItem>();
        var prebuilt = new List<ITaskItem>();
        foreach (var (entry, order) in evaluation.Entries.Select((e, i) => (e, i)))
        {
            var item = new TaskItem(entry.FullPath);
            item.SetMetadata("FrozenPath", entry.TargetPath);
            item.SetMetadata("Manifest", entry.ManifestFile);
            item.SetMetadata("ManifestOrder", order.ToString(CultureInfo.InvariantCulture));
            item.SetMetadata("ManifestLine", entry.Line.ToString(CultureInfo.InvariantCulture));
            switch (entry.Kind)
            {
                case ManifestEntryKind.Compile:
                    item.SetMetadata("OptimizationLevel", (entry.OptimizationLevel ?? 0).ToString(CultureInfo.InvariantCulture));
                    item.SetMetadata("PackageVersion", entry.Version ?? "");
                    modules.Add(item);
                    break;
                case ManifestEntryKind.Source:
                    strings.Add(item);
                    break;
                default:
                    prebuilt.Add(item);
                    break;
            }
        }

        Modules = [.. modules];
        StringModules = [.. strings];
        PrebuiltModules = [.. prebuilt];
        ManifestFiles = [.. evaluation.ManifestFiles.Select(f => new TaskItem(f))];
        return true;
    }

    // A package's optional metadata maps to require()'s keyword arguments.
    private static string RequireCall(ITaskItem require)
    {
        var call = "require(" + Quote(require.ItemSpec);
        if (string.Equals(require.GetMetadata("UnixFfi"), "true", StringComparison.OrdinalIgnoreCase))
        {
            call += ", unix_ffi=True";
        }

        return call + ")";
    }

    private static string Quote(string text) => "'" + text.Replace("\\", "\\\\").Replace("'", "\\'") + "'";
}
