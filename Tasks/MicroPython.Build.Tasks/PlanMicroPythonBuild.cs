using System.Globalization;
using MicroPython.Freezer;
using MicroPython.Freezer.Manifests;
using MicroPython.Freezer.Pipeline;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace MicroPython.Build.Tasks;

/// <summary>
/// Plans the work of a build: one compile per module and distinct (optimisation level, small-int
/// width) — so targets that share compile settings share the <c>.mpy</c> — then, per target, the
/// files of its <c>.mpy</c> tree and the entries it freezes. The order and the checks (duplicates,
/// shadowing, missing files) are <see cref="FreezePlanner"/>'s, as for <c>mpy makemanifest</c> and
/// <c>mpy freeze</c>: what manifests select comes first, in their order (<c>ManifestOrder</c>); the
/// project's other items follow sorted by frozen path.
/// </summary>
public sealed class PlanMicroPythonBuild : Microsoft.Build.Utilities.Task
{
    /// <summary>Modules frozen as bytecode (<c>MicroPythonModule</c>).</summary>
    public ITaskItem[] Modules { get; set; } = [];

    /// <summary>Modules frozen as source text (<c>MicroPythonStringModule</c>).</summary>
    public ITaskItem[] StringModules { get; set; } = [];

    /// <summary>Prebuilt <c>.mpy</c> files (<c>MicroPythonMpy</c>).</summary>
    public ITaskItem[] PrebuiltModules { get; set; } = [];

    /// <summary>The resolved targets (<see cref="ResolveMicroPythonTargets"/>).</summary>
    [Required]
    public ITaskItem[] Targets { get; set; } = [];

    /// <summary>The project folder, which frozen paths are relative to by default.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = "";

    /// <summary>The folder for compiled modules shared by targets.</summary>
    [Required]
    public string IntermediateDirectory { get; set; } = "";

    /// <summary>One compile: source, <c>SourceName</c>, <c>OptimizationLevel</c>, <c>SmallIntBits</c>, <c>OutputFile</c>.</summary>
    [Output]
    public ITaskItem[] Compiles { get; private set; } = [];

    /// <summary>One file of a target's <c>.mpy</c> tree: source file, <c>DestinationFile</c>, <c>MicroPythonTarget</c>.</summary>
    [Output]
    public ITaskItem[] TargetFiles { get; private set; } = [];

    /// <summary>One frozen module of a target: file, <c>Kind</c> (mpy or str), <c>FrozenPath</c>, <c>MicroPythonTarget</c>.</summary>
    [Output]
    public ITaskItem[] FreezeEntries { get; private set; } = [];

    /// <inheritdoc />
    public override bool Execute()
    {
        var items = new Dictionary<FreezeInput, ITaskItem>(ReferenceEqualityComparer.Instance);
        Collect(Modules, ManifestEntryKind.Compile, items);
        Collect(StringModules, ManifestEntryKind.Source, items);
        Collect(PrebuiltModules, ManifestEntryKind.Bytecode, items);
        var plan = FreezePlanner.Plan([.. items.Keys]);
        foreach (var diagnostic in plan.Diagnostics)
        {
            Log.Report(diagnostic, BuildEngine.ProjectFileOfTaskNode);
        }

        if (Log.HasLoggedErrors)
        {
            return false;
        }

        var compiles = new Dictionary<string, TaskItem>(StringComparer.Ordinal);
        var targetFiles = new List<ITaskItem>();
        var entries = new List<ITaskItem>();
        foreach (var target in Targets)
        {
            var bits = target.GetMetadata("CompileSmallIntBits");
            var outputDir = target.GetMetadata("OutputDir");
            var inputsFile = Path.Combine(IntermediateDirectory, target.ItemSpec + ".inputs");
            var targetEntries = new List<ITaskItem>();
            foreach (var module in plan.Modules)
            {
                var item = items[module];
                var file = module.Kind == ManifestEntryKind.Compile ? CompileOf(module, item, bits, compiles) : module.FullPath;
                var mpyPath = module.Kind == ManifestEntryKind.Compile ? Path.ChangeExtension(module.FrozenPath, ".mpy") : module.FrozenPath;
                if (module.Kind != ManifestEntryKind.Source)
                {
                    targetFiles.Add(With(file, ("MicroPythonTarget", target.ItemSpec), ("DestinationFile", Path.Combine(outputDir, mpyPath))));
                }

                targetEntries.Add(With(
                    file,
                    ("MicroPythonTarget", target.ItemSpec),
                    ("Kind", module.Kind == ManifestEntryKind.Source ? "str" : "mpy"),
                    ("FrozenPath", module.Kind == ManifestEntryKind.Source ? module.FrozenPath : mpyPath),
                    ("OriginalItemSpec", item.ItemSpec),
                    ("InputsFile", inputsFile),
                    ("QstrHeader", target.GetMetadata("QstrHeader")),
                    ("ProfilePath", target.GetMetadata("ProfilePath")),
                    ("OutputDir", outputDir)));
            }

            try
            {
                InputsFile.WriteIfChanged(inputsFile, target, targetEntries);
            }
            catch (FreezerException e)
            {
                Log.Report(e, BuildEngine.ProjectFileOfTaskNode);
                return false;
            }

            entries.AddRange(targetEntries);
        }

        Compiles = [.. compiles.Values];
        TargetFiles = [.. targetFiles];
        FreezeEntries = [.. entries];
        return true;
    }

    private void Collect(ITaskItem[] modules, ManifestEntryKind kind, Dictionary<FreezeInput, ITaskItem> items)
    {
        foreach (var item in modules)
        {
            var optimization = 0;
            if (kind == ManifestEntryKind.Compile && !TryOptimizationLevel(item, out optimization))
            {
                continue;
            }

            var manifest = item.GetMetadata("Manifest");
            var input = new FreezeInput(item.GetMetadata("FullPath"), FrozenPaths.Of(item, ProjectDirectory), kind)
            {
                OptimizationLevel = optimization,
                Version = item.GetMetadata("PackageVersion") is { Length: > 0 } version ? version : null,
                Order = int.TryParse(item.GetMetadata("ManifestOrder"), NumberStyles.None, CultureInfo.InvariantCulture, out var order) ? order : null,
                ManifestFile = manifest.Length > 0 ? manifest : null,
                Line = int.TryParse(item.GetMetadata("ManifestLine"), NumberStyles.None, CultureInfo.InvariantCulture, out var line) ? line : 0,
            };
            items.Add(input, item);
        }
    }

    private bool TryOptimizationLevel(ITaskItem item, out int level)
    {
        var text = item.GetMetadata("OptimizationLevel");
        if (text.Length == 0)
        {
            level = 0;
            return true;
        }

        if (int.TryParse(text, out level) && level is >= 0 and <= 3)
        {
            return true;
        }

        Log.LogError(null, DiagnosticCodes.ContradictoryProperties, null, item.GetMetadata("FullPath"), 0, 0, 0, 0, $"OptimizationLevel must be 0, 1, 2 or 3, not '{text}'");
        return false;
    }

    private string CompileOf(FreezeInput module, ITaskItem item, string bits, Dictionary<string, TaskItem> compiles)
    {
        var output = Path.Combine(IntermediateDirectory, $"O{module.OptimizationLevel}-b{bits}", Path.ChangeExtension(module.FrozenPath, ".mpy"));
        if (!compiles.ContainsKey(output))
        {
            compiles[output] = With(
                module.FullPath,
                ("SourceName", module.FrozenPath),
                ("OptimizationLevel", module.OptimizationLevel.ToString(CultureInfo.InvariantCulture)),
                ("PackageVersion", item.GetMetadata("PackageVersion")),
                ("SmallIntBits", bits),
                ("OutputFile", output));
        }

        return output;
    }

    private static TaskItem With(string itemSpec, params (string Name, string Value)[] metadata)
    {
        var item = new TaskItem(itemSpec);
        foreach (var (name, value) in metadata)
        {
            item.SetMetadata(name, value);
        }

        return item;
    }
}
