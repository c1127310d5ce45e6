using MicroPython.TestSupport;

namespace MicroPython.Cli.Tests;

[TestClass]
public sealed class CompileCommandTests
{
    // one batch run over the whole error corpus, as a build would compile it
    private static readonly Lazy<string[]> BatchErrorsOfTheCorpus = new(() =>
    {
        var files = Directory.EnumerateFiles(Paths.CorpusDir("errors"), "*.py").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var outDir = Directory.CreateTempSubdirectory("mpy-batch-errors-").FullName;
        var result = MpyTool.Run(Paths.CorpusDir("errors"), ["compile", "--out-dir", outDir, .. files!]);
        Assert.AreEqual(1, result.ExitCode);
        return result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    });

    public static IEnumerable<object[]> ErrorPrograms() =>
        Directory.EnumerateFiles(Paths.CorpusDir("errors"), "*.py")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .Select(name => new object[] { name! });

    [TestMethod]
    [DynamicData(nameof(ErrorPrograms))]
    public void DropInErrorsMatchMpyCrossExitCodeAndStderr(string name)
    {
        var expected = File.ReadAllText(Paths.CorpusDir("errors", name + ".err"));
        var result = MpyTool.Run(Paths.CorpusDir("errors"), "compile", "-s", name + ".py", "-o", "/dev/null", name + ".py");

        Assert.AreEqual(expected, $"exit {result.ExitCode}\n{result.StdErr}");
    }

    [TestMethod]
    public void DropInWritesTheReferenceBytesNextToTheInput()
    {
        var dir = Directory.CreateTempSubdirectory("mpy-compile-");
        File.Copy(Paths.CorpusDir("py", "syntax_tabs.py"), Path.Combine(dir.FullName, "syntax_tabs.py"));

        var result = MpyTool.Run(dir.FullName, "compile", "syntax_tabs.py");

        Assert.AreEqual(0, result.ExitCode, result.StdErr);
        CollectionAssert.AreEqual(
            File.ReadAllBytes(Paths.CorpusDir("mpy", "O0", "syntax_tabs.mpy")),
            File.ReadAllBytes(Path.Combine(dir.FullName, "syntax_tabs.mpy")));
    }

    [TestMethod]
    [DataRow("O3", "-O3")]
    [DataRow("int63", "-msmall-int-bits=63")]
    public void DropInFlagsSelectTheReferenceVariant(string variant, string flag)
    {
        var result = MpyTool.Run(Paths.CorpusDir("py"), "compile", flag, "-s", "int_boundaries.py", "-o", "-", "int_boundaries.py");

        Assert.AreEqual(0, result.ExitCode, result.StdErr);
        CollectionAssert.AreEqual(File.ReadAllBytes(Paths.CorpusDir("mpy", variant, "int_boundaries.mpy")), result.StdOutBytes);
    }

    [TestMethod]
    public void StdinCompilesToStdout()
    {
        var result = MpyTool.Run(Paths.RepoRoot, "x = 1\n"u8.ToArray(), "compile", "-");

        Assert.AreEqual(0, result.ExitCode, result.StdErr);
        CollectionAssert.AreEqual(
            new byte[] { 0x4d, 0x06, 0x00, 0x1f },
            result.StdOutBytes[..4]);
    }

    [TestMethod]
    [DataRow("-march=x64")]
    [DataRow("-X", "emit=native")]
    [DataRow("-X", "emit=viper")]
    public void NativeCodeIsRefusedClearly(params string[] flags)
    {
        var result = MpyTool.Run(Paths.CorpusDir("py"), ["compile", .. flags, "-o", "/dev/null", "syntax_tabs.py"]);

        Assert.AreEqual(1, result.ExitCode);
        StringAssert.Contains(result.StdErr, "native code is not supported yet");
    }

    [TestMethod]
    public void VersionNamesTheFormat()
    {
        var result = MpyTool.Run(Paths.RepoRoot, "compile", "--version");

        Assert.AreEqual(0, result.ExitCode);
        StringAssert.Contains(result.StdOut, "mpy v6.3");
    }

    [TestMethod]
    public void BatchCompilesTheTreeToRelativePathsAndReportsErrorsWithColumns()
    {
        var src = Directory.CreateTempSubdirectory("mpy-batch-src-");
        var outDir = Path.Combine(src.FullName, "out");
        Directory.CreateDirectory(Path.Combine(src.FullName, "lib"));
        File.Copy(Paths.CorpusDir("py", "syntax_tabs.py"), Path.Combine(src.FullName, "lib", "syntax_tabs.py"));
        File.WriteAllText(Path.Combine(src.FullName, "broken.py"), "x = 1\nvalues = [1, 2, 3)\n");

        var result = MpyTool.Run(src.FullName, "compile", "--out-dir", outDir, "lib/syntax_tabs.py", "broken.py");

        Assert.AreEqual(1, result.ExitCode);
        Assert.AreEqual("broken.py(2,18): error MPY1001: SyntaxError: invalid syntax\n", result.StdErr);
        var written = MicroPython.Bytecode.MpyReader.ReadFile(Path.Combine(outDir, "lib", "syntax_tabs.mpy"));
        Assert.AreEqual("lib/syntax_tabs.py", written.SourceName);
        Assert.IsFalse(File.Exists(Path.Combine(outDir, "broken.mpy")));
    }

    public static IEnumerable<object[]> TabulatedErrorPositions() =>
        File.ReadLines(Path.Combine(Paths.RepoRoot, "TestProjects", "MicroPython.Compiler.Tests", "Expected", "error-positions.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' '))
            .Select(f => new object[] { f[0], f[1], f[2], f[3] });

    [TestMethod]
    [DynamicData(nameof(TabulatedErrorPositions))]
    public void BatchReportsEachCorpusErrorAtItsTabulatedPosition(string file, string line, string column, string code)
    {
        var position = line == "0" ? "" : $"({line},{column})";

        var reported = BatchErrorsOfTheCorpus.Value.Single(l => l.StartsWith(file + "(", StringComparison.Ordinal) || l.StartsWith(file + ":", StringComparison.Ordinal));

        StringAssert.StartsWith(reported, $"{file}{position}: error {code}: ");
    }

    [TestMethod]
    public void TheInputPathIsInternedBeforeTheSourceNameAsInMpyCross()
    {
        // mpy-cross interns the path it reads before the -s name, so a long literal equal to the
        // path is a qstr (LOAD_CONST_STRING), not a str constant.
        var dir = Directory.CreateTempSubdirectory("mpy-path-");
        Directory.CreateDirectory(Path.Combine(dir.FullName, "some", "long", "path"));
        File.WriteAllText(Path.Combine(dir.FullName, "some", "long", "path", "x.py"), "s = 'some/long/path/x.py'\n");

        var result = MpyTool.Run(dir.FullName, "compile", "-s", "x.py", "-o", "-", "some/long/path/x.py");

        Assert.AreEqual(0, result.ExitCode, result.StdErr);
        var module = MicroPython.Bytecode.MpyReader.Read(result.StdOutBytes);
        Assert.IsEmpty(module.Constants);
        Assert.IsTrue(module.Qstrs.Any(q => q.Text == "some/long/path/x.py"));
    }

    [TestMethod]
    public void ErrorsTheReferenceRaisesWithoutAPositionPrintNoTraceback()
    {
        var dir = Directory.CreateTempSubdirectory("mpy-long-");
        File.WriteAllText(Path.Combine(dir.FullName, "long.py"), "x" + new string('a', 300) + " = 1\n");

        var result = MpyTool.Run(dir.FullName, "compile", "long.py");

        Assert.AreEqual(1, result.ExitCode);
        Assert.AreEqual("RuntimeError: name too long\n", result.StdErr);
    }
}
