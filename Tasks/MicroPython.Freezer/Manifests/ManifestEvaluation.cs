namespace MicroPython.Freezer.Manifests;

/// <summary>The result of evaluating one or more manifests.</summary>
/// <param name="Entries">The selected files, in selection order.</param>
/// <param name="ManifestFiles">Every manifest file that was read, for up-to-date checks.</param>
public sealed record ManifestEvaluation(IReadOnlyList<ManifestEntry> Entries, IReadOnlyList<string> ManifestFiles);
