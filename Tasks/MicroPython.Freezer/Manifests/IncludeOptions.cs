namespace MicroPython.Freezer.Manifests;

/// <summary>
/// The <c>options</c> object of a manifest: the keyword arguments its <c>include()</c> or
/// <c>require()</c> passed, with <c>options.defaults(…)</c> as fallback; unknown names read as None.
/// </summary>
internal sealed class IncludeOptions(IReadOnlyDictionary<string, object?> values)
{
    private IReadOnlyDictionary<string, object?> defaults = new Dictionary<string, object?>();

    public object? Get(string name) =>
        values.TryGetValue(name, out var v) ? v : defaults.GetValueOrDefault(name);

    public void SetDefaults(IReadOnlyDictionary<string, object?> values) => defaults = values;
}
