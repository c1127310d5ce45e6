namespace MicroPython.Freezer;

/// <summary>The diagnostic codes of <see cref="FreezerException"/>.</summary>
public static class FreezerErrors
{
    /// <summary>A manifest has a Python syntax error.</summary>
    public const string ManifestSyntax = "MPY2001";

    /// <summary>A manifest uses a function, statement or expression that manifests do not support.</summary>
    public const string ManifestUnsupported = "MPY2002";

    /// <summary>A manifest names a file or directory that does not exist, or a file that cannot be read (a device or pipe, too large).</summary>
    public const string MissingFile = "MPY2003";

    /// <summary>A manifest includes itself, directly or through other manifests.</summary>
    public const string IncludeCycle = "MPY2004";

    /// <summary>A frozen name climbs above its root with <c>..</c> or is absolute.</summary>
    public const string PathEscapesRoot = "MPY2005";

    /// <summary>A manifest function got arguments of the wrong number, name or type.</summary>
    public const string BadArgument = "MPY2006";

    /// <summary><c>require()</c> found no package of that name in the registered libraries.</summary>
    public const string PackageNotFound = "MPY2007";

    /// <summary><c>metadata()</c> was called twice for one package.</summary>
    public const string DuplicateMetadata = "MPY2008";

    /// <summary>A path uses a <c>$(VAR)</c> that has no value.</summary>
    public const string UndefinedVariable = "MPY2009";

    /// <summary>A <c>.mpy</c> to freeze is corrupt, native, or of another version.</summary>
    public const string BadMpy = "MPY2010";

    /// <summary>A module has an integer constant the target's long-int implementation cannot hold.</summary>
    public const string LongIntUnsupported = "MPY2011";

    /// <summary>The firmware's qstr header is missing or has no <c>QCFG</c> lines.</summary>
    public const string BadQstrHeader = "MPY2012";

    /// <summary>A module to freeze as bytecode failed to compile.</summary>
    public const string CompileFailed = "MPY2013";

    /// <summary>The command line or request is inconsistent (unknown option, missing output).</summary>
    public const string BadRequest = "MPY2014";

    /// <summary>A manifest builds values or takes steps beyond the interpreter's limits (integers wider than 64 bits, huge strings or lists).</summary>
    public const string ManifestTooLarge = "MPY2015";

    /// <summary>A file or folder name a ROMFS image cannot hold (not ASCII, a <c>..</c> part), or one path given twice.</summary>
    public const string RomfsName = "MPY2020";
}
