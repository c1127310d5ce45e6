using MicroPython.TestSupport;

namespace MicroPython.Bytecode.Tests;

/// <summary>The reference <c>.mpy</c> files of the shared corpus, as test data.</summary>
internal static class CorpusFiles
{
    public static IEnumerable<object[]> AllMpy() =>
        Directory.EnumerateFiles(Paths.CorpusDir("mpy"), "*.mpy", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => new object[] { Path.GetRelativePath(Paths.CorpusDir("mpy"), p) });

    public static string MpyPath(string relative) => Path.Combine(Paths.CorpusDir("mpy"), relative);
}
