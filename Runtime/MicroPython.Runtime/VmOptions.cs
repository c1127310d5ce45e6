using MicroPython.Bytecode;
using MicroPython.Bytecode.Targets;

namespace MicroPython.Runtime;

/// <summary>The target profile the VM emulates; the defaults describe the v1.28.0 unix port on x86-64.</summary>
public sealed record VmOptions
{
    /// <summary>
    /// The heap size of the target in bytes: what <c>gc.mem_free()</c> reports, and the bound of one
    /// allocation (a bigger list, string or bytes is a <c>MemoryError</c>, as on the device).
    /// </summary>
    public long HeapSize { get; init; } = 2 * 1024 * 1024;

    /// <summary>
    /// The width of the target's small ints (31 for 32-bit targets, 63 for 64-bit ones): what
    /// <c>sys.maxsize</c> shows, and the range of ints where <see cref="LongInt"/> is none.
    /// </summary>
    public int SmallIntBits { get; init; } = 63;

    /// <summary>How the target stores ints beyond the small-int range (none and longlong overflow where mpz does not).</summary>
    public LongIntImplementation LongInt { get; init; } = LongIntImplementation.Mpz;

    /// <summary>The float width of the target in bits: 64, or 32 for single-precision targets (arithmetic and text in single precision).</summary>
    public int FloatPrecision { get; init; } = 64;

    /// <summary>The deepest Python call nesting before <c>RuntimeError('maximum recursion depth exceeded')</c>.</summary>
    public int MaxRecursionDepth { get; init; } = 1000;

    /// <summary>The machine code the target runs (it shows in <c>sys.implementation._mpy</c>).</summary>
    public NativeArch NativeArch { get; init; } = NativeArch.X64;

    /// <summary><c>sys.platform</c>, <c>sys.implementation</c>'s board fields and the first <c>sys.path</c>.</summary>
    public TargetRuntime Board { get; init; } = TargetRuntime.Unix;

    /// <summary>The options that emulate the board <paramref name="profile"/> describes.</summary>
    /// <param name="profile">A target profile (<c>Sdk/targets/NAME.json</c>).</param>
    /// <returns>The options.</returns>
    public static VmOptions For(TargetProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new VmOptions
        {
            HeapSize = profile.DefaultHeapSize,
            SmallIntBits = profile.SmallIntBits,
            LongInt = profile.LongInt,
            FloatPrecision = profile.Float switch
            {
                FloatImplementation.Single => 32,
                _ => 64,
            },
            // The limit counts nested calls of a function; the module's own frame comes on top.
            MaxRecursionDepth = profile.Runtime.RecursionLimit + 1,
            NativeArch = profile.NativeArch,
            Board = profile.Runtime,
        };
    }
}
