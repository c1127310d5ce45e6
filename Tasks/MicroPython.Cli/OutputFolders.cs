using MicroPython.Freezer;

namespace MicroPython.Cli;

/// <summary>
/// The output tree of a batch compile. Many files share a folder, so each folder is created once
/// per run rather than once per file, and paths are made absolute against a working directory read
/// once: in a batch of thousands of small files those system calls cost as much as the parsing.
/// </summary>
internal sealed class OutputFolders(string outDir)
{
    // a locked string set rather than a ConcurrentDictionary, whose generic code the JIT would
    // compile in every run (the framework ships string sets precompiled); lookups are few and short
    private readonly HashSet<string> created = new(StringComparer.Ordinal);

    /// <summary>The current directory when the run started.</summary>
    public string WorkingDirectory { get; } = Environment.CurrentDirectory;

    /// <summary>The absolute path of <paramref name="relative"/> under the output folder, whose folder now exists.</summary>
    /// <exception cref="FreezerException">The folder cannot be created.</exception>
    public string Prepare(string relative)
    {
        var target = Path.GetFullPath(Path.Combine(outDir, relative), WorkingDirectory);
        var folder = Path.GetDirectoryName(target)!;
        bool known;
        lock (created)
        {
            known = created.Contains(folder);
        }

        if (!known)
        {
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new FreezerException(DiagnosticCodes.OutputNotWritable, $"cannot create the folder {folder}: {e.Message}", target, inner: e);
            }

            lock (created)
            {
                created.Add(folder);
            }
        }

        return target;
    }
}
