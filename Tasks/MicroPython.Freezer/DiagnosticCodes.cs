namespace MicroPython.Freezer;

/// <summary>
/// The codes of the diagnostics the SDK's tasks and the <c>mpy</c> tool raise themselves, in one
/// table so that a code means one thing whichever way it is met. The compiler (<c>MPY1000</c>–<c>MPY1099</c>,
/// <c>SyntaxErrors</c>), the manifest evaluator and freezer (<c>MPY2001</c>–<c>MPY2099</c>,
/// <see cref="FreezerErrors"/>), the profile reader (<c>MPY3002</c>) and the <c>.mpy</c> reader
/// (<c>MPY4001</c>) bring their own; the Freezer's README lists them all.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary><c>mpy compile</c> was asked for native code (<c>-march</c>, <c>-X emit=native|viper</c>).</summary>
    public const string NativeNotSupported = "MPY1901";

    /// <summary><c>mpy compile</c> got no input, more than one in the drop-in form, or one outside the source root.</summary>
    public const string BadInputs = "MPY1902";

    /// <summary>The compiler failed on a module in a way it does not report as a Python error.</summary>
    public const string InternalCompilerError = "MPY1999";

    /// <summary>Two inputs freeze a module under one name (an error: the firmware could import only one of them).</summary>
    public const string DuplicateModule = "MPY2101";

    /// <summary>A frozen path that cannot name a module (absolute, <c>..</c>, wrong extension, a control character, a C name that is no identifier).</summary>
    public const string BadFrozenPath = "MPY2102";

    /// <summary>A module that its firmware never imports: a package of the same name comes first (a warning).</summary>
    public const string ShadowedModule = "MPY2103";

    /// <summary>A name in <c>MicroPythonTargets</c> with no profile.</summary>
    public const string UnknownTarget = "MPY3001";

    /// <summary>Properties that contradict each other or the target's profile.</summary>
    public const string ContradictoryProperties = "MPY3003";

    /// <summary>No hardware target at all.</summary>
    public const string NoTargets = "MPY3004";

    /// <summary>A prebuilt <c>.mpy</c> (own or from a package) that would not load on a target.</summary>
    public const string IncompatibleMpy = "MPY3005";

    /// <summary>A configured file or folder (qstr header, profile, micropython-lib) that does not exist.</summary>
    public const string MissingConfiguredFile = "MPY3006";

    /// <summary>A package with MicroPython code for newer MicroPython versions only.</summary>
    public const string IncompatiblePackage = "MPY3007";

    /// <summary>A <c>MicroPythonRequire</c> with no <c>MicroPythonLibPath</c> to find it in.</summary>
    public const string MissingLibraryPath = "MPY3008";

    /// <summary>NuGet's <c>project.assets.json</c> missing what restore writes, or naming a package not on disk.</summary>
    public const string UnreadableAssetsFile = "MPY3009";

    /// <summary>An input file that exists but cannot be read (permissions, an I/O error).</summary>
    public const string FileNotReadable = "MPY4002";

    /// <summary>A board's ROMFS image larger than its ROMFS partition.</summary>
    public const string RomfsTooLarge = "MPY3020";

    /// <summary>A board's frozen code and ROMFS image over its flash budget (a warning).</summary>
    public const string FlashBudgetExceeded = "MPY3021";

    /// <summary>An output file or folder that cannot be written (permissions, a full disk, a file where a folder must be).</summary>
    public const string OutputNotWritable = "MPY4003";

    /// <summary><c>mpy run --image</c> names no image description the build wrote, or one whose files are missing.</summary>
    public const string BadImage = "MPY4004";

    /// <summary>No folder of board profiles was found (<c>mpy boards</c>), or it holds none.</summary>
    public const string ProfilesNotFound = "MPY4005";

    /// <summary>The host VM itself failed (not the program): an internal error to report.</summary>
    public const string RunnerFault = "MPY4999";
}
