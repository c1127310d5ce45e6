namespace MicroPython.Freezer.Manifests;

/// <summary>
/// The <c>metadata()</c> of one package level. Entries keep a reference, so a call placed after
/// <c>module()</c> still applies to that module, as in the reference.
/// </summary>
internal sealed class PackageMetadata
{
    private static readonly string[] Parameters = ["description", "version", "license", "author", "stdlib", "pypi", "pypi_publish"];

    private bool initialised;

    public string? Version { get; private set; }

    public void Update(CallArguments args)
    {
        var values = args.Bind("metadata", Parameters, 0);
        if (args.Positional.Count == 0 && args.Keywords.Count == 0)
        {
            return;
        }

        if (initialised)
        {
            throw new ManifestCallException("Duplicate call to metadata().", FreezerErrors.DuplicateMetadata);
        }

        if (values[1] is not (null or string))
        {
            throw new ManifestCallException("metadata(version=…) must be a string");
        }

        Version = (string?)values[1];
        initialised = true;
    }
}
