using MicroPython.TestSupport;

namespace MicroPython.Cli.Tests;

[TestClass]
public sealed class MakeManifestCommandTests
{
    private static string Frozen(string name) => Paths.CorpusDir("frozen", name);

    private static string[] ComparableLines(string text) =>
        text.Split('\n').Where(l => !l.StartsWith("// - original source file: ", StringComparison.Ordinal)).ToArray();

    [TestMethod]
    [DataRow("mixed", "")]
    [DataRow("mpz8", "-mmpz-dig-size 8")]
    public void DropInCommandLineReproducesTheReferenceFrozenContent(string name, string toolFlags)
    {
        var build = Directory.CreateTempSubdirectory("mpy-makemanifest-");
        var output = Path.Combine(build.FullName, "frozen_content.c");

        var result = MpyTool.Run(
            Paths.CorpusDir("frozen"),
            "makemanifest", "-o", output, "-b", build.FullName, "-v", "CORPUS=" + Paths.Corpus,
            "-q", Frozen("unix-qstrdefs.h"), "--mpy-tool-flags=" + toolFlags, name + ".manifest.py");

        Assert.AreEqual(0, result.ExitCode, result.StdErr);
        CollectionAssert.AreEqual(
            ComparableLines(File.ReadAllText(Frozen(name + ".c"))),
            ComparableLines(File.ReadAllText(output)));
    }

    [TestMethod]
    public void ABrokenManifestIsAnErrorWithFileAndLineAndWritesNothing()
    {
        var dir = Directory.CreateTempSubdirectory("mpy-makemanifest-bad-");
        File.WriteAllText(Path.Combine(dir.FullName, "manifest.py"), "module('missing.py')\n");
        var output = Path.Combine(dir.FullName, "frozen_content.c");

        var result = MpyTool.Run(dir.FullName, "makemanifest", "-o", output, "-b", Path.Combine(dir.FullName, "build"), "manifest.py");

        Assert.AreEqual(1, result.ExitCode);
        StringAssert.Contains(result.StdErr, "manifest.py(1,");
        StringAssert.Contains(result.StdErr, "error MPY2");
        Assert.IsFalse(File.Exists(output));
    }
}
