namespace MicroPython.Freezer.Pipeline;

/// <summary>Writes generated files so that builds see no change when there is none, and never a partial file.</summary>
internal static class OutputFile
{
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
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
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
