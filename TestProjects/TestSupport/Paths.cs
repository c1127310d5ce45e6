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

    /// <summary>The reference MicroPython v1.28.0 source tree, built by <c>eng/reference</c> (run by <c>eng/test</c>).</summary>
    public static string ReferenceTree => Path.Combine(RepoRoot, "artifacts", "micropython", "micropython-1.28.0");

    /// <summary>The reference unix port's <c>micropython</c> executable (the real v1.28.0 VM).</summary>
    public static string ReferenceMicroPython => Path.Combine(ReferenceTree, "ports", "unix", "build-standard", "micropython");

    /// <summary>The reference <c>mpy-cross</c> v1.28.0.</summary>
    public static string ReferenceMpyCross => Path.Combine(ReferenceTree, "mpy-cross", "build", "mpy-cross");

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
