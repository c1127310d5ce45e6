namespace MicroPython.Freezer.Manifests;

/// <summary>
/// A deterministic <c>os.walk</c>: each directory's files, then each subdirectory recursively,
/// both in ordinal order (the reference takes whatever order the file system gives).
/// Symbolic links to directories are followed, as the reference does, but never in a cycle.
/// </summary>
internal static class DirectoryWalk
{
    /// <summary>The files under <paramref name="root"/> as paths relative to it, with <c>/</c> separators.</summary>
    public static IEnumerable<string> Files(string root) => Files(new DirectoryInfo(root), "", new HashSet<string>(StringComparer.Ordinal));

    /// <summary>Every directory under <paramref name="root"/> (itself first), top-down in ordinal order.</summary>
    public static IEnumerable<string> Directories(string root) => Directories(new DirectoryInfo(root), new HashSet<string>(StringComparer.Ordinal));

    private static IEnumerable<string> Files(DirectoryInfo dir, string prefix, HashSet<string> seen)
    {
        if (!seen.Add(RealPath(dir)))
        {
            yield break;
        }

        foreach (var f in dir.EnumerateFiles().Select(f => f.Name).Order(StringComparer.Ordinal))
        {
            yield return prefix + f;
        }

        foreach (var sub in dir.EnumerateDirectories().OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            foreach (var f in Files(sub, prefix + sub.Name + "/", seen))
            {
                yield return f;
            }
        }
    }

    private static IEnumerable<string> Directories(DirectoryInfo dir, HashSet<string> seen)
    {
        if (!seen.Add(RealPath(dir)))
        {
            yield break;
        }

        yield return dir.FullName;
        foreach (var sub in dir.EnumerateDirectories().OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            foreach (var d in Directories(sub, seen))
            {
                yield return d;
            }
        }
    }

    private static string RealPath(DirectoryInfo dir) => dir.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? dir.FullName;
}
