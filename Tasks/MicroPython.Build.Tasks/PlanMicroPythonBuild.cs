using System.Globalization;
using MicroPython.Freezer;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace MicroPython.Build.Tasks;

/// <summary>
/// Plans the work of a build: one compile per module and distinct (optimisation level, small-int
/// width) — so targets that share compile settings share the <c>.mpy</c> — then, per target, the
/// files of its <c>.mpy</c> tree and the entries it freezes. What manifests select comes first, in
/// their order (<c>ManifestOrder</c>), as makemanifest.py freezes it; the project's other items
/// follow sorted by frozen path, so outputs do not depend on the order of globbing.
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
        var modules = new List<PlannedModule>();
        var names = new Dictionary<string, PlannedModule>(StringComparer.Ordinal);
        Collect(Modules, ModuleKind.Bytecode, ".py", modules, names);
        Collect(StringModules, ModuleKind.Text, ".py", modules, names);
        Collect(PrebuiltModules, ModuleKind.Prebuilt, ".mpy", modules, names);
        if (Log.HasLoggedErrors)
        {
            return false;
        }

        modules.Sort(FreezeOrder);
        WarnAboutShadowedModules(modules);
        var compiles = new Dictionary<string, TaskItem>(StringComparer.Ordinal);
        var targetFiles = new List<ITaskItem>();
        var entries = new List<ITaskItem>();
        foreach (var target in Targets)
        {
            var bits = target.GetMetadata("CompileSmallIntBits");
            var outputDir = target.GetMetadata("OutputDir");
            var inputsFile = Path.Combine(IntermediateDirectory, target.ItemSpec + ".inputs");
            var targetEntries = new List<ITaskItem>();
            foreach (var module in modules)
            {
                var file = module.Kind switch
                {
                    ModuleKind.Bytecode => CompileOf(module, bits, compiles),
                    _ => module.Item.GetMetadata("FullPath"),
                };
                var mpyPath = module.Kind == ModuleKind.Bytecode ? Path.ChangeExtension(module.FrozenPath, ".mpy") : module.FrozenPath;
                if (module.Kind != ModuleKind.Text)
                {
                    targetFiles.Add(With(file, ("MicroPythonTarget", target.ItemSpec), ("DestinationFile", Path.Combine(outputDir, mpyPath))));
                }

                targetEntries.Add(With(
                    file,
                    ("MicroPythonTarget", target.ItemSpec),
                    ("Kind", module.Kind == ModuleKind.Text ? "str" : "mpy"),
                    ("FrozenPath", module.Kind == ModuleKind.Text ? module.FrozenPath : mpyPath),
                    ("OriginalItemSpec", module.Item.ItemSpec),
                    ("InputsFile", inputsFile),
                    ("QstrHeader", target.GetMetadata("QstrHeader")),
                    ("ProfilePath", target.GetMetadata("ProfilePath")),
                    ("OutputDir", outputDir)));
            }

            InputsFile.WriteIfChanged(inputsFile, target, targetEntries);
            entries.AddRange(targetEntries);
        }

        Compiles = [.. compiles.Values];
        TargetFiles = [.. targetFiles];
        FreezeEntries = [.. entries];
        return true;
    }

    private void Collect(ITaskItem[] items, ModuleKind kind, string extension, List<PlannedModule> modules, Dictionary<string, PlannedModule> names)
    {
        foreach (var item in items)
        {
            var frozenPath = FrozenPaths.Of(item, ProjectDirectory, extension, out var problem);
            if (frozenPath is null)
            {
                Log.LogError(null, DiagnosticCodes.BadFrozenPath, null, item.GetMetadata("FullPath"), 0, 0, 0, 0, problem);
                continue;
            }

            var optimization = 0;
            if (kind == ModuleKind.Bytecode && !TryOptimizationLevel(item, out optimization))
            {
                continue;
            }

            var moduleName = frozenPath[..frozenPath.LastIndexOf('.')];
            if (names.TryGetValue(moduleName, out var first))
            {
                Log.LogWarning(null, DiagnosticCodes.DuplicateModule, null, item.GetMetadata("FullPath"), 0, 0, 0, 0, $"module '{moduleName}' is frozen twice: this file is ignored and '{first.Item.ItemSpec}' is kept");
                continue;
            }

            var order = int.TryParse(item.GetMetadata("ManifestOrder"), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : int.MaxValue;
            var module = new PlannedModule(item, kind, frozenPath, optimization, order);
            names.Add(moduleName, module);
            modules.Add(module);
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

    private string CompileOf(PlannedModule module, string bits, Dictionary<string, TaskItem> compiles)
    {
        var output = Path.Combine(IntermediateDirectory, $"O{module.OptimizationLevel}-b{bits}", Path.ChangeExtension(module.FrozenPath, ".mpy"));
        if (!compiles.ContainsKey(output))
        {
            compiles[output] = With(
                module.Item.GetMetadata("FullPath"),
                ("SourceName", module.FrozenPath),
                ("OptimizationLevel", module.OptimizationLevel.ToString(CultureInfo.InvariantCulture)),
                ("PackageVersion", module.Item.GetMetadata("PackageVersion")),
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

    private enum ModuleKind
    {
        Bytecode,
        Text,
        Prebuilt,
    }

    private static int FreezeOrder(PlannedModule a, PlannedModule b)
    {
        var byManifest = a.ManifestOrder.CompareTo(b.ManifestOrder);
        return byManifest != 0 ? byManifest : string.CompareOrdinal(a.FrozenPath, b.FrozenPath);
    }

    // The firmware's import looks for a folder before a file, so a frozen package 'x/' hides a
    // frozen module 'x.py' or 'x.mpy' for good: almost always a mistake of layout.
    private void WarnAboutShadowedModules(List<PlannedModule> modules)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in modules.Select(m => m.FrozenPath))
        {
            for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
            {
                folders.Add(path[..slash]);
            }
        }

        foreach (var module in modules)
        {
            var name = module.FrozenPath[..module.FrozenPath.LastIndexOf('.')];
            if (folders.Contains(name))
            {
                var dotted = name.Replace('/', '.');
                Log.LogWarning(null, DiagnosticCodes.ShadowedModule, null, module.Item.GetMetadata("FullPath"), 0, 0, 0, 0, $"module '{dotted}' is shadowed by the frozen package '{name}/': 'import {dotted}' finds the package, never this file");
            }
        }
    }

    private sealed record PlannedModule(ITaskItem Item, ModuleKind Kind, string FrozenPath, int OptimizationLevel, int ManifestOrder);
}
