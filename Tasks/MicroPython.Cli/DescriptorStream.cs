using System.Runtime.InteropServices;

namespace MicroPython.Cli;

/// <summary>
/// Writes to a Unix file descriptor with <c>write(2)</c>, as the unix port does: at the
/// descriptor's shared offset (a file the shell also writes to stays in order), and with failures
/// raised — <see cref="IOException"/> carrying the errno as its HResult — where .NET's console
/// stream pretends a closed pipe took the bytes.
/// </summary>
internal sealed partial class DescriptorStream(int descriptor) : Stream
{
    private const int Interrupted = 4;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var written = WriteBytes(descriptor, buffer);
            if (written < 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                if (errno == Interrupted)
                {
                    continue;
                }

                throw new IOException($"write to descriptor {descriptor} failed (errno {errno})", errno);
            }

            buffer = buffer[(int)written..];
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial nint WriteBytes(int fd, ReadOnlySpan<byte> buffer, nint count);

    private static nint WriteBytes(int fd, ReadOnlySpan<byte> buffer) => WriteBytes(fd, buffer, buffer.Length);
}
