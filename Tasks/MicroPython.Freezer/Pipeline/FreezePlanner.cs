using MicroPython.Freezer.CSource;
using MicroPython.Freezer.Manifests;

namespace MicroPython.Freezer.Pipeline;

/// <summary>
/// Decides what a firmware freezes and in which order, with one set of rules for <c>dotnet build</c>,
/// <c>mpy makemanifest</c> and <c>mpy freeze</c>:
/// <list type="bullet">
/// <item>inputs with a given order (what manifests select, as makemanifest.py freezes it; a command
/// line's order) come first, the others follow sorted by frozen path, so outputs do not depend on the
/// order of globbing;</item>
/// <item>a file that does not exist is an error (<c>MPY2003</c>), as makemanifest.py's "Cannot stat";</item>
/// <item>a frozen path that cannot name a module is an error (<c>MPY2102</c>);</item>
/// <item>two files frozen under one module name are an error (<c>MPY2101</c>): makemanifest.py passes
/// both on, and the firmware then fails to compile (two bytecode modules define the same C names) or
/// can only ever import the first (source text); the same file named twice under the same name and
/// settings is simply frozen once;</item>
/// <item>a module hidden by a frozen package of the same name is a warning (<c>MPY2103</c>):
/// makemanifest.py freezes both, and the firmware's import finds the package.</item>
/// </list>
/// </summary>
public static class FreezePlanner
{
    /// <summary>Plans the freezing of <paramref name="inputs"/>.</summary>
    public static FreezePlan Plan(IReadOnlyList<FreezeInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var diagnostics = new List<FreezeDiagnostic>();
        var valid = new List<FreezeInput>();
        foreach (var input in inputs)
        {
            if (FrozenPathProblem(input) is { } problem)
            {
                diagnostics.Add(Error(input, DiagnosticCodes.BadFrozenPath, problem));
            }
            else if (!File.Exists(input.FullPath))
            {
                diagnostics.Add(Error(input, FreezerErrors.MissingFile, $"Cannot stat {input.FullPath}: the file does not exist"));
            }
            else
            {
                valid.Add(input);
            }
        }

        var ordered = valid.OrderBy(i => i.Order ?? int.MaxValue).ThenBy(i => i.FrozenPath, StringComparer.Ordinal).ToList();
        var kept = new List<FreezeInput>();
        var byName = new Dictionary<string, FreezeInput>(StringComparer.Ordinal);
        foreach (var input in ordered)
        {
            if (!byName.TryGetValue(input.ModuleName, out var first))
            {
                byName.Add(input.ModuleName, input);
                kept.Add(input);
            }
            else if (!SameModule(first, input))
            {
                diagnostics.Add(Error(input, DiagnosticCodes.DuplicateModule, $"module '{input.ModuleName}' is frozen twice, from {first.FullPath} and from {input.FullPath}: the firmware can hold only one, so freeze it once"));
            }
        }

        diagnostics.AddRange(ShadowedModules(kept));
        return new FreezePlan(kept, diagnostics);
    }

    /// <summary>Why <paramref name="frozenPath"/> cannot be the frozen path of a file ending in <paramref name="extension"/>, or null if it can.</summary>
    public static string? FrozenPathProblem(string frozenPath, string extension)
    {
        ArgumentNullException.ThrowIfNull(frozenPath);
        if (CText.HasControl(frozenPath))
        {
            return $"the frozen path '{CText.Comment(frozenPath)}' holds a control character; a module name cannot";
        }

        if (frozenPath.StartsWith('/') || frozenPath.Split('/').Any(part => part is "" or "." or ".."))
        {
            return $"the frozen path '{frozenPath}' must be relative, without empty, '.' or '..' parts";
        }

        return frozenPath.EndsWith(extension, StringComparison.Ordinal) && frozenPath.Length > extension.Length
            ? null
            : $"the frozen path '{frozenPath}' must name a {extension} file";
    }

    private static string? FrozenPathProblem(FreezeInput input) =>
        FrozenPathProblem(input.FrozenPath, input.Kind == ManifestEntryKind.Bytecode ? ".mpy" : ".py");

    private static bool SameModule(FreezeInput a, FreezeInput b) =>
        a.FullPath == b.FullPath && a.FrozenPath == b.FrozenPath && a.Kind == b.Kind && a.OptimizationLevel == b.OptimizationLevel && a.Version == b.Version;

    // The firmware's import looks for a folder before a file, so a frozen package 'x/' hides a
    // frozen module 'x.py' or 'x.mpy' for good: almost always a mistake of layout.
    private static IEnumerable<FreezeDiagnostic> ShadowedModules(List<FreezeInput> modules)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in modules.Select(m => m.FrozenPath))
        {
            for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
            {
                folders.Add(path[..slash]);
            }
        }

        foreach (var module in modules.Where(m => folders.Contains(m.ModuleName)))
        {
            var dotted = module.ModuleName.Replace('/', '.');
            yield return new FreezeDiagnostic(false, DiagnosticCodes.ShadowedModule, $"module '{dotted}' is shadowed by the frozen package '{module.ModuleName}/': 'import {dotted}' finds the package, never this file", Where(module), module.Line);
        }
    }

    private static FreezeDiagnostic Error(FreezeInput input, string code, string message) => new(true, code, message, Where(input), input.Line);

    private static string Where(FreezeInput input) => input.ManifestFile ?? input.FullPath;
}
