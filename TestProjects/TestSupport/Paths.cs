namespace MicroPython.TestSupport;

/// <summary>Where the repository, the shared corpus and the oracle are, seen from a test run.</summary>
public static class Paths
{
    /// <summary>The repository root (the folder with MicroPython.Sdk.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared folder beside the repository.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    /// <summary>The conformance corpus.</summary>
    public static string Corpus => Path.Combine(Shared, "corpus");

    /// <summary>The oracle scripts (real MicroPython VM, v1.19 compiler).</summary>
    public static string Oracle => Path.Combine(Shared, "oracle");

    /// <summary>A corpus sub-folder.</summary>
    public static string CorpusDir(params string[] parts) => Path.Combine([Corpus, .. parts]);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MicroPython.Sdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MicroPython.Sdk.sln not found above " + AppContext.BaseDirectory);
    }
}
