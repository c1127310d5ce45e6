namespace MicroPython.Bytecode;

/// <summary>The fixed header of a <c>.mpy</c> file: magic, version, feature byte and small-int width.</summary>
/// <param name="Features">The feature byte: sub-version in bits 0–1, native architecture in bits 2–5 and 7, arch-flags presence in bit 6.</param>
/// <param name="SmallIntBits">How many bits a small int has on the target that the file was made for.</param>
/// <param name="ArchFlags">The architecture flags varuint, present only when feature bit 6 is set.</param>
public readonly record struct MpyHeader(byte Features, byte SmallIntBits, ulong? ArchFlags = null)
{
    /// <summary>The first byte of every <c>.mpy</c> file (<c>'M'</c>).</summary>
    public const byte Magic = 0x4d;

    /// <summary>The format version this library reads and writes.</summary>
    public const byte Version = 6;

    /// <summary>The sub-version written when a file holds native code.</summary>
    public const byte SubVersion = 3;

    /// <summary>The small-int width of mpy-cross's default target.</summary>
    public const byte DefaultSmallIntBits = 31;

    /// <summary>The header of a bytecode-only file for a target with <paramref name="smallIntBits"/>-bit small ints.</summary>
    public static MpyHeader ForBytecode(int smallIntBits = DefaultSmallIntBits) => new(0, checked((byte)smallIntBits));

    /// <summary>The native architecture the file's machine code targets (<see cref="NativeArch.None"/> for bytecode only).</summary>
    public NativeArch Arch => (NativeArch)((Features >> 2) & 0x2f);

    /// <summary>Whether an arch-flags varuint follows the fixed header.</summary>
    public bool HasArchFlags => (Features & 0x40) != 0;
}
