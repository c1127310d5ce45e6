using MicroPython.Freezer.Manifests;

namespace MicroPython.Freezer.Pipeline;

/// <summary>One file a build or a command line asks to freeze, before planning.</summary>
/// <param name="FullPath">The absolute path of the file.</param>
/// <param name="FrozenPath">Its path inside the firmware (<c>pkg/mod.py</c>, or <c>pkg/mod.mpy</c> for a prebuilt module).</param>
/// <param name="Kind">How it is frozen.</param>
public sealed record FreezeInput(string FullPath, string FrozenPath, ManifestEntryKind Kind)
{
    /// <summary>The optimisation level to compile with (0 to 3).</summary>
    public int OptimizationLevel { get; init; }

    /// <summary>The version of the package the module belongs to, appended as <c>__version__</c> when compiled; or null.</summary>
    public string? Version { get; init; }

    /// <summary>
    /// The input's place in an order that is given (what manifests select, in makemanifest.py's order;
    /// or a command line's order); null for inputs that follow, sorted by frozen path.
    /// </summary>
    public int? Order { get; init; }

    /// <summary>The manifest that selected the file, where diagnostics about it point; null for a file named directly.</summary>
    public string? ManifestFile { get; init; }

    /// <summary>The line of the manifest call that selected the file, or 0.</summary>
    public int Line { get; init; }

    /// <summary>The module's name: its frozen path without the extension.</summary>
    public string ModuleName => FrozenPath[..FrozenPath.LastIndexOf('.')];
}
