namespace MicroPython.Freezer.Manifests;

/// <summary>One file a manifest selects for freezing, in the order the manifests select them.</summary>
/// <param name="FullPath">The absolute path of the input file.</param>
/// <param name="TargetPath">The frozen name, relative to the import root (<c>pkg/mod.py</c>).</param>
/// <param name="Kind">How it is frozen.</param>
/// <param name="OptimizationLevel">The <c>opt=</c> level for compiling, or null for the default (0).</param>
/// <param name="Version">The <c>metadata(version=…)</c> of the package the file belongs to, appended as <c>__version__</c> when compiling; or null.</param>
/// <param name="ManifestFile">The manifest that selected the file.</param>
/// <param name="Line">The line of the call that selected it.</param>
public sealed record ManifestEntry(
    string FullPath,
    string TargetPath,
    ManifestEntryKind Kind,
    int? OptimizationLevel,
    string? Version,
    string ManifestFile,
    int Line);
