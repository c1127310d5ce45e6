namespace MicroPython.Freezer.Pipeline;

/// <summary>Writes generated files so that builds see no change when there is none, and never a partial file.</summary>
internal static class OutputFile
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

    /// <summary>Writes <paramref name="content"/> unless the file already holds exactly it; returns whether it wrote.</summary>
    public static bool WriteIfChanged(string path, byte[] content)
    {
        if (File.Exists(path) && new FileInfo(path).Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content))
        {
            return false;
        }

        Replace(path, content);
        return true;
    }

    /// <summary>
    /// Writes <paramref name="content"/> even when the file already holds it, so that its time is
    /// new (MSBuild's up-to-date checks compare times); the file is replaced whole, never seen half-written.
    /// </summary>
    public static void Replace(string path, byte[] content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + TemporarySuffix;
        try
        {
            File.WriteAllBytes(temp, content);
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}
