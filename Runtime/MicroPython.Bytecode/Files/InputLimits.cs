namespace MicroPython.Bytecode.Files;

/// <summary>
/// The largest inputs the tools read, each far above any real file of its kind, so that an endless
/// device or a runaway file is an error that names the limit instead of exhausting memory.
/// </summary>
public static class InputLimits
{
    /// <summary>A Python source file (the largest micropython-lib module is under 100 KiB): 64 MiB.</summary>
    public const long Source = 64L << 20;

    /// <summary>A <c>.mpy</c> file: 64 MiB.</summary>
    public const long Mpy = 64L << 20;

    /// <summary>A <c>manifest.py</c>: 16 MiB.</summary>
    public const long Manifest = 16L << 20;

    /// <summary>A firmware's preprocessed qstr header (a few MiB for the largest ports): 256 MiB.</summary>
    public const long QstrHeader = 256L << 20;

    /// <summary>A board profile (JSON): 1 MiB.</summary>
    public const long Profile = 1L << 20;
}
