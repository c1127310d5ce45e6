using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime;

/// <summary>
/// The target's heap as a bound on what one object may take: a list, string or bytes object that
/// would not fit in the board's heap is a <c>MemoryError</c> at once, as on the device, instead of
/// gigabytes of host memory. Objects are sized as the target lays them out (a word per list item).
/// </summary>
internal static class HeapBudget
{
    /// <summary>The bytes of one object reference on the target.</summary>
    public static int WordBytes => VmContext.Current.Options.SmallIntBits > 31 ? 8 : 4;

    /// <summary>Checks an allocation of <paramref name="bytes"/> against the heap.</summary>
    public static void Allocate(long bytes)
    {
        // Other objects always share the heap, so nothing as big as all of it fits.
        if (bytes >= VmContext.Current.Options.HeapSize || bytes < 0)
        {
            throw OutOfMemory(bytes);
        }
    }

    /// <summary>Checks <paramref name="count"/> items of <paramref name="itemBytes"/> each (and <paramref name="extraBytes"/> more) and returns the count.</summary>
    public static int AllocateItems(long count, long itemBytes, int extraBytes = 0)
    {
        var heap = VmContext.Current.Options.HeapSize;
        if (count >= heap || (count * itemBytes) + extraBytes >= heap)
        {
            throw OutOfMemory(count > (long.MaxValue - extraBytes) / Math.Max(1, itemBytes) ? long.MaxValue : (count * itemBytes) + extraBytes);
        }

        return (int)count;
    }

    /// <summary>Checks a string of <paramref name="length"/> bytes (and its terminating zero) and returns the length.</summary>
    public static int AllocateText(long length)
    {
        Allocate(length + 1);
        return (int)length;
    }

    /// <summary>Checks a list about to grow past <paramref name="count"/> items (called when its storage doubles).</summary>
    public static void Grow(int count) => Allocate((long)count * 2 * WordBytes);

    private static PyRaise OutOfMemory(long bytes) =>
        Err.Make(Types.MemoryError, $"memory allocation failed, allocating {bytes} bytes");
}
