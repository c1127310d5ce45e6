using MicroPython.Freezer.CSource;

namespace MicroPython.Freezer.Manifests;

/// <summary>
/// The <c>__version__</c> that makemanifest.py gives a compiled module of a package declaring
/// <c>metadata(version=…)</c>, so code can ask a frozen package for its version.
/// </summary>
public static class PackageVersionStamp
{
    /// <summary>
    /// Appends <c>__version__ = '…'</c> to a module's source, unless there is no version or the
    /// module already assigns one (the same text test makemanifest.py makes).
    /// </summary>
    /// <param name="source">The module's source text, newlines already universal.</param>
    /// <param name="version">The package version, or null or empty for none.</param>
    public static string Apply(string source, string? version)
    {
        ArgumentNullException.ThrowIfNull(source);
        return version is { Length: > 0 } && !source.Contains("__version__ =", StringComparison.Ordinal)
            ? source + "\n\n__version__ = " + Python3Repr.Of(version) + "\n"
            : source;
    }
}
