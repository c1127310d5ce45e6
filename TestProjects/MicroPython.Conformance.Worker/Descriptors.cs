using System.Runtime.InteropServices;

/// <summary>The few descriptor calls the worker needs to capture what <c>mpy run</c> writes to descriptors 1 and 2.</summary>
internal static partial class Descriptors
{
    /// <summary>A new descriptor for what <paramref name="descriptor"/> refers to now.</summary>
    public static int Duplicate(int descriptor)
    {
        var copy = Dup(descriptor);
        return copy >= 0 ? copy : throw new IOException($"dup({descriptor}) failed (errno {Marshal.GetLastPInvokeError()})");
    }

    /// <summary>Makes each of <paramref name="targets"/> refer to what <paramref name="source"/> refers to.</summary>
    public static void Redirect(int source, params int[] targets)
    {
        foreach (var target in targets)
        {
            if (Dup2(source, target) < 0)
            {
                throw new IOException($"dup2({source}, {target}) failed (errno {Marshal.GetLastPInvokeError()})");
            }
        }
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="descriptor"/> with write(2), at the descriptor's shared offset.</summary>
    public static void Write(int descriptor, ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var written = WriteBytes(descriptor, bytes, bytes.Length);
            if (written < 0)
            {
                throw new IOException($"write({descriptor}) failed (errno {Marshal.GetLastPInvokeError()})");
            }

            bytes = bytes[(int)written..];
        }
    }

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial nint WriteBytes(int fd, ReadOnlySpan<byte> buffer, nint count);

    [LibraryImport("libc", EntryPoint = "dup", SetLastError = true)]
    private static partial int Dup(int fd);

    [LibraryImport("libc", EntryPoint = "dup2", SetLastError = true)]
    private static partial int Dup2(int fd, int fd2);
}
