using MicroPython.Bytecode.Files;

namespace MicroPython.Freezer.Pipeline;

/// <summary>
/// The one way generated files are written. A regular file is replaced atomically — the bytes go to
/// a temporary file in the same folder, which is then renamed over it — so a killed or failed write
/// leaves the old file or the new one, never a part of one. A symbolic link is followed: its target
/// is replaced and the link stays. A device or pipe (<c>-o /dev/null</c>) is written in place, as
/// mpy-cross does, since replacing it would destroy it. Every failure is a
/// <see cref="FreezerException"/> (<see cref="DiagnosticCodes.OutputNotWritable"/>) naming the path,
/// and leaves no temporary file behind.
/// </summary>
public static class OutputFile
{
    private const string TemporarySuffix = ".tmp";

    /// <summary>Whether <paramref name="fileName"/> is one of this writer's temporary files (left behind only by a killed process).</summary>
    public static bool IsTemporary(string fileName)
    {
        if (!fileName.EndsWith(TemporarySuffix, StringComparison.Ordinal))
        {
            return false;
        }

        var stem = fileName[..^TemporarySuffix.Length];
        var dot = stem.LastIndexOf('.');
        return dot > 0 && stem.Length - dot - 1 == 32 && stem[(dot + 1)..].All(char.IsAsciiHexDigitLower);
    }

    /// <summary>Writes <paramref name="content"/> unless the file already holds exactly it, creating its folder if needed; returns whether it wrote.</summary>
    /// <exception cref="FreezerException">The file cannot be written.</exception>
    public static bool WriteIfChanged(string path, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var target = Target(path);
        if (FileKinds.Of(target) == FileKind.Regular && Holds(target, content))
        {
            return false;
        }

        Write(path, target, content, createFolder: true);
        return true;
    }

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/>.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="content">Its new content.</param>
    /// <param name="createFolder">Whether a missing folder is created (else it is an error, as in mpy-cross).</param>
    /// <exception cref="FreezerException">The file cannot be written.</exception>
    public static void Write(string path, ReadOnlySpan<byte> content, bool createFolder = false) =>
        Write(path, Target(path), content, createFolder);

    private static void Write(string path, string target, ReadOnlySpan<byte> content, bool createFolder)
    {
        switch (FileKinds.Of(target))
        {
            case FileKind.Folder:
                throw Failure(path, "it is a folder");
            case FileKind.Special:
                WriteInPlace(path, target, content);
                return;
            case var kind:
                Replace(path, target, content, createFolder, kind == FileKind.Regular);
                return;
        }
    }

    private static void WriteInPlace(string path, string target, ReadOnlySpan<byte> content)
    {
        try
        {
            using var stream = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1);
            stream.Write(content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failure(path, e.Message, e);
        }
    }

    private static void Replace(string path, string target, ReadOnlySpan<byte> content, bool createFolder, bool exists)
    {
        var folder = Path.GetDirectoryName(target)!;
        var temp = Path.Combine(folder, $"{Path.GetFileName(target)}.{Guid.NewGuid():N}{TemporarySuffix}");
        try
        {
            if (createFolder)
            {
                Directory.CreateDirectory(folder);
            }

            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1))
            {
                stream.Write(content);
            }

            if (exists && !OperatingSystem.IsWindows())
            {
                // A replaced file keeps its permissions, as a file written in place would.
                File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
            }

            File.Move(temp, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Delete(temp);
            throw Failure(path, e is DirectoryNotFoundException ? $"the folder {folder} does not exist" : e.Message, e);
        }
    }

    // The path a write lands on: a symbolic link's final target (which may not exist yet).
    private static string Target(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var full = Path.GetFullPath(path);
            var info = new FileInfo(full);
            return info.LinkTarget is null ? full : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw Failure(path, e.Message, e);
        }
    }

    private static bool Holds(string path, byte[] content)
    {
        try
        {
            return new FileInfo(path).Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void Delete(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the failure being reported is the write's.
        }
    }

    private static FreezerException Failure(string path, string reason, Exception? inner = null) =>
        new(DiagnosticCodes.OutputNotWritable, $"cannot write the file: {reason}", path, inner: inner);
}
