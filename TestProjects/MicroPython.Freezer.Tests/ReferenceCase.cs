using System.Text;
using System.Text.RegularExpressions;
using MicroPython.TestSupport;

namespace MicroPython.Freezer.Tests;

/// <summary>One reference frozen_content.c of the corpus, and how to compare ours with it.</summary>
internal static partial class ReferenceCase
{
    public static string Dir => Paths.CorpusDir("frozen");

    public static string QstrHeader => Path.Combine(Dir, "unix-qstrdefs.h");

    public static string ExpectedText(string name) => File.ReadAllText(Path.Combine(Dir, name + ".c"), Encoding.UTF8);

    /// <summary>The frozen file names of the bytecode modules, in output order.</summary>
    public static IReadOnlyList<string> MpyNames(string name) =>
        FrozenFileName().Matches(ExpectedText(name)).Select(m => m.Groups[1].Value).ToList();

    /// <summary>Compares two files line by line, ignoring the lines that name where each .mpy was read from.</summary>
    public static void AssertSame(string expected, string actual)
    {
        var e = Comparable(expected);
        var a = Comparable(actual);
        for (var i = 0; i < Math.Min(e.Length, a.Length); i++)
        {
            if (e[i] != a[i])
            {
                Assert.Fail($"first difference at comparable line {i + 1}:\nexpected: {e[i]}\nactual:   {a[i]}");
            }
        }

        Assert.AreEqual(e.Length, a.Length, "line count");
    }

    private static string[] Comparable(string text) =>
        text.Split('\n').Where(l => !l.StartsWith("// - original source file: ", StringComparison.Ordinal)).ToArray();

    [GeneratedRegex(@"^// - frozen file name: (.*)$", RegexOptions.Multiline)]
    private static partial Regex FrozenFileName();
}
