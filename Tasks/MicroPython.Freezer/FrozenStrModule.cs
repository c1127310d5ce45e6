namespace MicroPython.Freezer;

/// <summary>A module frozen as source text, compiled by the firmware when imported.</summary>
/// <param name="TargetPath">The frozen name, relative to the import root (<c>pkg/mod.py</c>).</param>
/// <param name="Content">The file's bytes, exactly as on disk.</param>
public sealed record FrozenStrModule(string TargetPath, byte[] Content);
