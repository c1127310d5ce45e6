using MicroPython.TestSupport;

namespace MicroPython.Cli.Tests;

[TestClass]
public sealed class DumpCommandTests
{
    private static string CorpusMpy(string name) => Paths.CorpusDir("mpy", "O0", name);

    [TestMethod]
    public void DumpPrintsTheListingAndSucceeds()
    {
        var result = MpyTool.Run(Paths.RepoRoot, "dump", CorpusMpy("syntax_tabs.mpy"));

        Assert.AreEqual(0, result.ExitCode, result.StdErr);
        StringAssert.Contains(result.StdOut, "function <module>/tabbed");
        Assert.AreEqual("", result.StdErr);
    }

    [TestMethod]
    public void ACorruptFileGivesOneLineWithFileAndOffsetAndExitCode1()
    {
        var dir = Directory.CreateTempSubdirectory("mpy-dump-");
        var bad = Path.Combine(dir.FullName, "cut.mpy");
        File.WriteAllBytes(bad, File.ReadAllBytes(CorpusMpy("syntax_tabs.mpy"))[..40]);

        var result = MpyTool.Run(dir.FullName, "dump", "cut.mpy");

        Assert.AreEqual(1, result.ExitCode);
        var lines = result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.HasCount(1, lines, result.StdErr);
        StringAssert.StartsWith(lines[0], "cut.mpy: error MPY4001: invalid .mpy at byte ");
    }

    [TestMethod]
    public void AMissingFileIsAnErrorNotACrash()
    {
        var result = MpyTool.Run(Paths.RepoRoot, "dump", "no-such-file.mpy");

        Assert.AreEqual(1, result.ExitCode);
        StringAssert.StartsWith(result.StdErr, "no-such-file.mpy: error MPY4002: ");
        Assert.IsFalse(result.StdErr.Contains("   at ", StringComparison.Ordinal), result.StdErr);
    }

    [TestMethod]
    public void GoodFilesAreStillListedWhenOneFails()
    {
        var result = MpyTool.Run(Paths.RepoRoot, "dump", "no-such-file.mpy", CorpusMpy("syntax_tabs.mpy"));

        Assert.AreEqual(1, result.ExitCode);
        StringAssert.Contains(result.StdOut, "function <module>/T/m");
    }
}
