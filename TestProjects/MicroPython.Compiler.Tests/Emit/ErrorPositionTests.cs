using MicroPython.Compiler.Diagnostics;
using MicroPython.TestSupport;

namespace MicroPython.Compiler.Tests.Emit;

/// <summary>
/// The position of every error in the error corpus, against the hand-checked table in
/// Expected/error-positions.txt (line as mpy-cross reports it, column of the culprit).
/// </summary>
[TestClass]
public sealed class ErrorPositionTests
{
    public static string TablePath { get; } = Path.Combine(Paths.RepoRoot, "TestProjects", "MicroPython.Compiler.Tests", "Expected", "error-positions.txt");

    public static IEnumerable<object[]> Rows() =>
        File.ReadLines(TablePath)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' '))
            .Select(f => new object[] { f[0], int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), f[3] });

    [TestMethod]
    [DynamicData(nameof(Rows))]
    public void ErrorIsAtTheTabulatedPosition(string file, int line, int column, string code)
    {
        var source = File.ReadAllText(Paths.CorpusDir("errors", file));

        var error = Assert.ThrowsExactly<CompileError>(() => MpyCompiler.Compile(source, file, new CompilerOptions()));

        Assert.AreEqual((line, column, code), (error.Line, error.Column, error.Code));
    }

    [TestMethod]
    public void TheTableCoversEveryErrorProgram()
    {
        var tabulated = Rows().Select(row => (string)row[0]).Order(StringComparer.Ordinal).ToList();
        var programs = Directory.EnumerateFiles(Paths.CorpusDir("errors"), "*.py").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        CollectionAssert.AreEqual(programs, tabulated);
    }
}
