namespace MicroPython.Bytecode.Targets;

/// <summary>
/// The compile-time facts of one hardware target that change what the toolchain generates or how
/// code behaves there. Profiles are data (<c>Sdk/targets/NAME.json</c>, read by
/// <see cref="TargetProfileReader"/>); each value cites the MicroPython v1.28.0 configuration it comes from.
/// </summary>
/// <param name="Name">The short name users write in <c>MicroPythonTargets</c> (<c>rp2</c>).</param>
/// <param name="Description">The board or build the profile describes, for people.</param>
/// <param name="SmallIntBits">Bits of a small int on the target, sign included (<c>MP_SMALL_INT_BITS</c>); a <c>.mpy</c> made for more bits does not load.</param>
/// <param name="ObjectRepresentation">How objects are packed into a word.</param>
/// <param name="LongInt">How integers beyond the small-int range are stored.</param>
/// <param name="MpzDigitSize">Bits per mpz digit (<c>MPZ_DIG_SIZE</c>); meaningful when <paramref name="LongInt"/> is <see cref="LongIntImplementation.Mpz"/>.</param>
/// <param name="Float">The precision of <c>float</c>.</param>
/// <param name="QstrBytesInHash">Bytes of each qstr's hash in the firmware's qstr pool.</param>
/// <param name="QstrBytesInLen">Bytes of each qstr's length in the firmware's qstr pool.</param>
/// <param name="UnicodeStrings">Whether <c>str</c> indexes by code point (<c>MICROPY_PY_BUILTINS_STR_UNICODE</c>).</param>
/// <param name="NativeArch">The machine-code architecture native <c>.mpy</c> files must have to load.</param>
/// <param name="DefaultHeapSize">The garbage-collected heap, in bytes, the port starts with.</param>
/// <param name="Sources">For each value above (by its JSON name), the v1.28.0 file and line it comes from.</param>
public sealed record TargetProfile(
    string Name,
    string Description,
    int SmallIntBits,
    ObjectRepresentation ObjectRepresentation,
    LongIntImplementation LongInt,
    int MpzDigitSize,
    FloatImplementation Float,
    int QstrBytesInHash,
    int QstrBytesInLen,
    bool UnicodeStrings,
    NativeArch NativeArch,
    long DefaultHeapSize,
    IReadOnlyDictionary<string, string> Sources)
{
    /// <summary>
    /// The size in bytes of the board's ROMFS partition (<c>vfs.rom_ioctl</c>), 0 when the firmware has
    /// none, or null when the profile does not say (JSON <c>romfsBytes</c>, optional, cited like the rest).
    /// </summary>
    public long? RomfsBytes { get; init; }

    /// <summary>
    /// Whether a <c>.mpy</c> with <paramref name="header"/> loads on this target, as the target's
    /// loader decides it; null if it does, else the reason it does not.
    /// </summary>
    public string? Incompatibility(MpyHeader header)
    {
        if (header.SmallIntBits > SmallIntBits)
        {
            return $"it was compiled for {header.SmallIntBits}-bit small ints and target '{Name}' has {SmallIntBits}";
        }

        if (header.Arch != NativeArch.None && !RunsMachineCode(header.Arch))
        {
            return $"it holds {header.Arch} machine code and target '{Name}' runs {NativeArch}";
        }

        return null;
    }

    // Thumb cores run the code of every older Thumb architecture (py/persistentcode.h:68); every
    // other architecture runs only its own.
    private bool RunsMachineCode(NativeArch arch) =>
        NativeArch is >= NativeArch.Armv6m and <= NativeArch.Armv7emdp
            ? arch >= NativeArch.Armv6m && arch <= NativeArch
            : arch == NativeArch;

    /// <summary>What the firmware shows a running program (<c>sys</c>, the import path, the recursion limit).</summary>
    public TargetRuntime Runtime { get; init; } = TargetRuntime.Unix;
}
