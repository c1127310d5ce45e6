using MicroPython.Bytecode;
using MicroPython.TestSupport;

namespace MicroPython.Compiler.Tests.Emit;

/// <summary>
/// Small programs aimed at one compiler rule each (kw-only argument order, closures, jump
/// shortening, line-table gaps, dead code, handlers, comprehensions, async, super, constant
/// dedup), against mpy-cross v1.28.0 output at -O0 and at -O3 with 63-bit small ints.
/// </summary>
[TestClass]
public sealed class SnippetTests
{
    private static string Folder => Path.Combine(Paths.RepoRoot, "TestProjects", "MicroPython.Compiler.Tests", "Emit", "Snippets");

    public static IEnumerable<object[]> Snippets() =>
        Directory.EnumerateFiles(Folder, "*.py").Order(StringComparer.Ordinal)
            .Select(p => new object[] { Path.GetFileNameWithoutExtension(p) });

    [TestMethod]
    [DynamicData(nameof(Snippets))]
    public void MatchesReferenceAtO0(string name) =>
        Check(name, name + ".mpy", new CompilerOptions());

    [TestMethod]
    [DynamicData(nameof(Snippets))]
    public void MatchesReferenceAtO3With63BitInts(string name) =>
        Check(name, name + ".o3.mpy", new CompilerOptions { OptimizationLevel = 3, SmallIntBits = 63 });

    private static void Check(string name, string expectedFile, CompilerOptions options)
    {
        var source = File.ReadAllText(Path.Combine(Folder, name + ".py"));
        var actual = MpyWriter.Write(MpyCompiler.Compile(source, name + ".py", options));
        var difference = MpyDifference.Describe(File.ReadAllBytes(Path.Combine(Folder, expectedFile)), actual);
        Assert.IsNull(difference, difference);
    }
}
