namespace MicroPython.Build.Tasks;

/// <summary>The stable codes of the diagnostics the SDK itself raises (the compiler and freezer bring their own).</summary>
internal static class DiagnosticCodes
{
    /// <summary>A source file that cannot be read.</summary>
    public const string FileNotReadable = "MPY4002";

    /// <summary>The compiler failed on a module in a way it does not report as a Python error.</summary>
    public const string InternalCompilerError = "MPY1999";

    /// <summary>A module frozen twice under one name: only the first is kept.</summary>
    public const string DuplicateModule = "MPY2101";

    /// <summary>A frozen path that cannot name a module (absolute, <c>..</c>, wrong extension).</summary>
    public const string BadFrozenPath = "MPY2102";

    /// <summary>A module that its firmware never imports: a package of the same name comes first.</summary>
    public const string ShadowedModule = "MPY2103";

    /// <summary>A name in <c>MicroPythonTargets</c> with no profile.</summary>
    public const string UnknownTarget = "MPY3001";

    /// <summary>Properties that contradict each other or the target's profile.</summary>
    public const string ContradictoryProperties = "MPY3003";

    /// <summary>No hardware target at all.</summary>
    public const string NoTargets = "MPY3004";

    /// <summary>A prebuilt <c>.mpy</c> (own or from a package) that would not load on a target.</summary>
    public const string IncompatibleMpy = "MPY3005";

    /// <summary>A package with MicroPython code for newer MicroPython versions only.</summary>
    public const string IncompatiblePackage = "MPY3007";

    /// <summary>NuGet's <c>project.assets.json</c> missing what restore writes, or naming a package not on disk.</summary>
    public const string UnreadableAssetsFile = "MPY3009";

    /// <summary>A configured file or folder (qstr header, profile, micropython-lib) that does not exist.</summary>
    public const string MissingConfiguredFile = "MPY3006";

    /// <summary>A <c>MicroPythonRequire</c> with no <c>MicroPythonLibPath</c> to find it in.</summary>
    public const string MissingLibraryPath = "MPY3008";

    /// <summary>A board's ROMFS image larger than its ROMFS partition.</summary>
    public const string RomfsTooLarge = "MPY3020";

    /// <summary>A board's frozen code and ROMFS image over its flash budget (a warning).</summary>
    public const string FlashBudgetExceeded = "MPY3021";
}
