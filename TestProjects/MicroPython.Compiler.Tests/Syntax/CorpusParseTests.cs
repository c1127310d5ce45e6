using MicroPython.Compiler.Diagnostics;
using MicroPython.Compiler.Syntax;
using MicroPython.TestSupport;

namespace MicroPython.Compiler.Tests.Syntax;

[TestClass]
public sealed class CorpusParseTests
{
    public static IEnumerable<object[]> Programs() =>
        Directory.EnumerateFiles(Paths.CorpusDir("py"), "*.py")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .Select(name => new object[] { name! });

    /// <summary>The corpus files whose errors the parser reports (no scope on the traceback's File line).</summary>
    public static IEnumerable<object[]> ParserErrors() =>
        Directory.EnumerateFiles(Paths.CorpusDir("errors"), "*.err")
            .Where(path => File.ReadAllLines(path).Any(l => l.StartsWith("  File ", StringComparison.Ordinal) && !l.Contains(", in ", StringComparison.Ordinal)))
            .Select(path => Path.GetFileName(Path.ChangeExtension(path, ".py")))
            .Order(StringComparer.Ordinal)
            .Select(name => new object[] { name! });

    /// <summary>The corpus files whose errors the compiler reports, after a successful parse.</summary>
    public static IEnumerable<object[]> CompilerErrors() =>
        Directory.EnumerateFiles(Paths.CorpusDir("errors"), "*.err")
            .Where(path => !File.ReadAllLines(path).Any(l => l.StartsWith("  File ", StringComparison.Ordinal) && !l.Contains(", in ", StringComparison.Ordinal)))
            .Select(path => Path.GetFileName(Path.ChangeExtension(path, ".py")))
            .Order(StringComparer.Ordinal)
            .Select(name => new object[] { name! });

    [TestMethod]
    [DynamicData(nameof(Programs))]
    public void CorpusProgramParses(string name)
    {
        var source = File.ReadAllText(Paths.CorpusDir("py", name));
        foreach (var options in new[] { ParseOptions.Default, new ParseOptions { OptimizationLevel = 3 }, new ParseOptions { SmallIntBits = 63 } })
        {
            Assert.IsNotNull(Parser.Parse(source, name, options).Root);
        }
    }

    [TestMethod]
    [DynamicData(nameof(ParserErrors))]
    public void ParserErrorMatchesReference(string name)
    {
        var source = File.ReadAllText(Paths.CorpusDir("errors", name));
        var expected = File.ReadAllText(Path.ChangeExtension(Paths.CorpusDir("errors", name), ".err"));

        var error = Assert.ThrowsExactly<CompileError>(() => Parser.Parse(source, name, ParseOptions.Default));

        Assert.AreEqual(expected, "exit 1\n" + error.ToTraceback(name));
        Assert.IsNull(error.ScopeName);
        Assert.IsGreaterThanOrEqualTo(1, error.Column);
        Assert.StartsWith("MPY100", error.Code);
    }

    [TestMethod]
    [DynamicData(nameof(CompilerErrors))]
    public void SourceWithCompilerErrorParses(string name)
    {
        var source = File.ReadAllText(Paths.CorpusDir("errors", name));
        Assert.IsNotNull(Parser.Parse(source, name, ParseOptions.Default).Root);
    }
}
