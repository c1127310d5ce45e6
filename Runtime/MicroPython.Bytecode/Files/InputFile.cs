namespace MicroPython.Bytecode.Files;

/// <summary>
/// Reads input files within a size limit, and only regular files: a device, pipe or socket (a
/// FIFO, <c>/dev/zero</c>) is refused before it is opened, since reading it may wait or never end.
/// Failures are <see cref="IOException"/>s, so callers report them as they report a missing file.
/// </summary>
public static class InputFile
{
    /// <summary>The bytes of <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limit">The largest size accepted, in bytes (see <see cref="InputLimits"/>).</param>
    /// <param name="what">What the file is, for the message (<c>"source file"</c>).</param>
    /// <exception cref="IOException">The file is missing, not a regular file, larger than the limit, or unreadable.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static byte[] ReadAllBytes(string path, long limit, string what)
    {
        ArgumentNullException.ThrowIfNull(path);
        switch (FileKinds.Of(path))
        {
            case FileKind.Folder:
                throw new IOException($"the {what} '{path}' is a folder, not a file");
            case FileKind.Special:
                throw new IOException($"the {what} '{path}' is a device, pipe or socket, not a regular file; only regular files are read");
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var length = stream.Length;
        if (length > limit)
        {
            throw TooLarge(path, limit, what);
        }

        var bytes = new byte[length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>The text of <paramref name="path"/>, decoded as <see cref="File.ReadAllText(string)"/> does (UTF-8 unless a byte order mark says otherwise).</summary>
    /// <inheritdoc cref="ReadAllBytes" path="/param"/>
    /// <inheritdoc cref="ReadAllBytes" path="/exception"/>
    public static string ReadAllText(string path, long limit, string what)
    {
        using var reader = new StreamReader(new MemoryStream(ReadAllBytes(path, limit, what)), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Everything <paramref name="stream"/> gives (standard input), up to <paramref name="limit"/> bytes.</summary>
    /// <exception cref="IOException">The stream gives more than the limit, or fails.</exception>
    public static byte[] ReadStream(Stream stream, long limit, string name, string what)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw TooLarge(name, limit, what);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static IOException TooLarge(string path, long limit, string what) =>
        new($"the {what} '{path}' is larger than the limit of {limit >> 20} MiB for a {what}");
}
