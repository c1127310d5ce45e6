namespace MicroPython.Freezer.Pipeline;

/// <summary>What a <see cref="ManifestFreezer"/> run did.</summary>
/// <param name="OutputWritten">False when the output already had exactly this content and was left untouched, or planning failed.</param>
/// <param name="Compiled">Modules compiled in this run (the others came from the cache).</param>
/// <param name="StrModules">Modules frozen as source text.</param>
/// <param name="MpyModules">Modules frozen as bytecode.</param>
public sealed record MakeManifestResult(bool OutputWritten, int Compiled, int StrModules, int MpyModules)
{
    /// <summary>What planning found (<see cref="FreezePlanner"/>): warnings, or errors that stopped the run before anything was written.</summary>
    public IReadOnlyList<FreezeDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>Whether planning found errors, so nothing was written.</summary>
    public bool Failed => Diagnostics.Any(d => d.IsError);
}
