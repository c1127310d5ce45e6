namespace MicroPython.Freezer.Pipeline;

/// <summary>The pipeline's writes of outputs, with failures as diagnostics that name the path.</summary>
public static class Outputs
{
    /// <summary>Replaces <paramref name="path"/> whole with <paramref name="content"/> (its time becomes new even when its content does not change).</summary>
    /// <exception cref="FreezerException">The file cannot be written (<see cref="DiagnosticCodes.OutputNotWritable"/>); no temporary file is left.</exception>
    public static void Replace(string path, byte[] content) => OutputFile.Write(path, content, createFolder: true);

    /// <summary>Copies <paramref name="source"/> over <paramref name="destination"/>, replacing it whole.</summary>
    /// <exception cref="FreezerException">The source cannot be read (<see cref="DiagnosticCodes.FileNotReadable"/>) or the destination written.</exception>
    public static void Copy(string source, string destination)
    {
        byte[] content;
        try
        {
            content = File.ReadAllBytes(source);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FreezerException(DiagnosticCodes.FileNotReadable, e.Message, source, inner: e);
        }

        Replace(destination, content);
    }

    /// <summary>Removes <paramref name="path"/> if it exists: an output whose inputs failed must not stand for them.</summary>
    public static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
            // No folder, so no file to remove.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw NotWritable(path, e);
        }
    }

    /// <summary>
    /// Removes the temporary files that writes into <paramref name="directories"/> left when their
    /// process was killed, so an output folder ends as a clean build leaves it. Called before a step
    /// writes there again: a write that was cut short left its output out of date, so the step runs.
    /// </summary>
    public static void SweepTemporaries(IEnumerable<string> directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        foreach (var directory in directories.Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(directory).Where(f => OutputFile.IsTemporary(Path.GetFileName(f))))
            {
                Delete(file);
            }
        }
    }

    internal static FreezerException NotWritable(string path, Exception e) =>
        new(DiagnosticCodes.OutputNotWritable, $"cannot write {path}: {e.Message}", path, inner: e);
}
