namespace MicroPython.Freezer.Pipeline;

/// <summary>What is frozen, in the order it is frozen, and what planning found wrong or doubtful.</summary>
/// <param name="Modules">The inputs to freeze, in freeze order (the same instances the planner was given).</param>
/// <param name="Diagnostics">Errors and warnings, in a stable order.</param>
public sealed record FreezePlan(IReadOnlyList<FreezeInput> Modules, IReadOnlyList<FreezeDiagnostic> Diagnostics)
{
    /// <summary>Whether any diagnostic is an error: then nothing may be frozen.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
