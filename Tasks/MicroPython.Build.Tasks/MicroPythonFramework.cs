using NuGet.Frameworks;

namespace MicroPython.Build.Tasks;

/// <summary>
/// The MicroPython target framework (<c>MicroPython,Version=v1.28</c>, short name
/// <c>micropython1.28</c>) as NuGet.Frameworks sees it. NuGet knows no short name for MicroPython
/// (nanoFramework's <c>netnano</c> is built in), so its own parser reads <c>lib/micropython1.28/</c>
/// as an unsupported framework; a name provider that also knows <c>micropython</c> parses such
/// folders into real frameworks, which NuGet's reducer then compares like any other.
/// </summary>
internal static class MicroPythonFramework
{
    /// <summary>The framework identifier of <c>TargetFrameworkMoniker</c>.</summary>
    public const string Identifier = "MicroPython";

    private static readonly FrameworkNameProvider Names = new(
        [DefaultFrameworkMappings.Instance, new ShortNameMapping()],
        [DefaultPortableFrameworkMappings.Instance]);

    private static readonly FrameworkReducer Reducer = new(Names, new CompatibilityProvider(Names));

    /// <summary>The framework a moniker (<c>MicroPython,Version=v1.28</c>) or short name (<c>micropython1.28</c>) names, or null if it is no MicroPython.</summary>
    public static NuGetFramework? Parse(string name)
    {
        var framework = name.Contains(',') ? NuGetFramework.ParseFrameworkName(name, Names) : NuGetFramework.ParseFolder(name, Names);
        return IsMicroPython(framework) ? framework : null;
    }

    /// <summary>
    /// The package folder name of a framework: <c>micropython1.28</c>. Always with dots, as
    /// MicroPython writes its versions (NuGet's own short form would make 1.9 <c>micropython19</c>);
    /// both forms parse to the same framework.
    /// </summary>
    public static string FolderName(NuGetFramework framework) =>
        "micropython" + framework.Version.ToString(framework.Version.Build > 0 ? 3 : 2);

    /// <summary>Of <paramref name="candidates"/>, the one NuGet would pick for <paramref name="project"/>: the highest version not above the project's; null if none fits.</summary>
    public static NuGetFramework? Nearest(NuGetFramework project, IEnumerable<NuGetFramework> candidates) =>
        Reducer.GetNearest(project, candidates);

    private static bool IsMicroPython(NuGetFramework framework) =>
        string.Equals(framework.Framework, Identifier, StringComparison.OrdinalIgnoreCase) && framework.Version.Major > 0;

    // Only the short name: MicroPython has no profiles, platforms or equivalents.
    private sealed class ShortNameMapping : IFrameworkMappings
    {
        public IEnumerable<KeyValuePair<string, string>> IdentifierSynonyms => [];

        public IEnumerable<KeyValuePair<string, string>> IdentifierShortNames => [new(Identifier, "micropython")];

        public IEnumerable<FrameworkSpecificMapping> ProfileShortNames => [];

        public IEnumerable<KeyValuePair<NuGetFramework, NuGetFramework>> EquivalentFrameworks => [];

        public IEnumerable<FrameworkSpecificMapping> EquivalentProfiles => [];

        public IEnumerable<KeyValuePair<string, string>> SubSetFrameworks => [];

        public IEnumerable<OneWayCompatibilityMappingEntry> CompatibilityMappings => [];

        public IEnumerable<string> NonPackageBasedFrameworkPrecedence => [];

        public IEnumerable<string> PackageBasedFrameworkPrecedence => [];

        public IEnumerable<string> EquivalentFrameworkPrecedence => [];

        public IEnumerable<KeyValuePair<NuGetFramework, NuGetFramework>> ShortNameReplacements => [];

        public IEnumerable<KeyValuePair<NuGetFramework, NuGetFramework>> FullNameReplacements => [];
    }
}
