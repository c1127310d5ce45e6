using MicroPython.TestSupport;

namespace MicroPython.Conformance.Tests;

/// <summary>The MicroPython v1.28.0 test scripts the conformance test runs, by path under <c>tests/</c>.</summary>
internal static class ConformanceScripts
{
    /// <summary>Folders run whole.</summary>
    public static readonly string[] WholeFolders = ["basics", "float", "micropython", "misc", "unicode"];

    /// <summary>
    /// The <c>extmod</c> scripts of the modules the runner provides (issue 14): files whose names
    /// start with one of these. Hardware, network, file-system and crypto modules are left out.
    /// </summary>
    public static readonly string[] ExtmodPrefixes =
        ["asyncio_", "binascii_", "hashlib_", "heapq", "json_", "os_", "platform_", "random_", "re", "select_", "ticks_", "time_"];

    /// <summary>The reference tree's <c>tests</c> folder.</summary>
    public static string TestsRoot => Path.Combine(Paths.ReferenceTree, "tests");

    /// <summary>Every script, as <c>folder/name.py</c>, in ordinal order.</summary>
    public static IReadOnlyList<string> All()
    {
        var scripts = new List<string>();
        foreach (var folder in WholeFolders)
        {
            scripts.AddRange(In(folder, _ => true));
        }

        scripts.AddRange(In("extmod", name => ExtmodPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal))));
        return [.. scripts.Order(StringComparer.Ordinal)];
    }

    /// <summary>The folder a script is counted under.</summary>
    public static string FolderOf(string script) => script[..script.IndexOf('/', StringComparison.Ordinal)];

    private static IEnumerable<string> In(string folder, Func<string, bool> include) =>
        Directory.GetFiles(Path.Combine(TestsRoot, folder), "*.py")
            .Select(Path.GetFileName)
            .Where(name => include(name!))
            .Select(name => folder + "/" + name);
}
