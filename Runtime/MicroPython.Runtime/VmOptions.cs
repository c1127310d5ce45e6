namespace MicroPython.Runtime;

/// <summary>The target profile the VM emulates.</summary>
public sealed record VmOptions
{
    /// <summary>The heap size of the target in bytes: what <c>gc.mem_free()</c> reports (the host does not cap memory).</summary>
    public int HeapSize { get; init; } = 1024 * 1024;

    /// <summary>
    /// The width of the target's small ints (31 for 32-bit targets, 63 for 64-bit ones). Ints are
    /// arbitrary precision on the device too, so this only shows in <c>sys.maxsize</c>.
    /// </summary>
    public int SmallIntBits { get; init; } = 63;

    /// <summary>The float width of the target in bits; the host VM emulates double-precision (64) targets only.</summary>
    public int FloatPrecision { get; init; } = 64;

    /// <summary>The deepest Python call nesting before <c>RuntimeError('maximum recursion depth exceeded')</c>.</summary>
    public int MaxRecursionDepth { get; init; } = 1000;
}
