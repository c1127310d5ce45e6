namespace MicroPython.Freezer.Manifests;

/// <summary>A wrong call in a manifest; the interpreter adds the file and line.</summary>
internal sealed class ManifestCallException(string message, string code = FreezerErrors.BadArgument) : Exception(message)
{
    public string Code { get; } = code;
}
