using MicroPython.TestSupport;

namespace MicroPython.Cli.Tests;

[TestClass]
public sealed class BoardsCommandTests
{
    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [TestMethod]
    public void EveryShippedProfileIsListedWithItsFacts()
    {
        // Run away from the repository: the profiles come from the copy shipped next to the tool.
        var dir = Directory.CreateTempSubdirectory("mpy-boards-");

        var result = MpyTool.Run(dir.FullName, "boards");

        Assert.AreEqual(0, result.ExitCode, result.StdErr);
        Assert.AreEqual("", result.StdErr);
        var lines = Lines(result.StdOut);
        StringAssert.StartsWith(lines[0], "name ");
        var shipped = Directory.GetFiles(Path.Combine(Paths.RepoRoot, "Sdk", "targets"), "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        CollectionAssert.AreEqual(shipped, lines.Skip(2).Select(l => l.Split(' ')[0]).ToList());
        Assert.IsTrue(lines.All(l => !l.EndsWith(' ')), "a line ends in spaces");
    }

    [TestMethod]
    [DataRow("unix-nanbox", new[] { "47", "repr D", "mpz (16-bit digits)", "double", "none", "2 MiB" })]
    [DataRow("esp8266", new[] { "31", "repr C", "single", "xtensa", "38 KiB" })]
    [DataRow("bare-arm", new[] { "31", "repr A", "none", "128 KiB" })]
    [DataRow("stm32-nucleo-h743zi", new[] { "double", "armv7emdp" })]
    public void ARowCarriesTheProfilesValues(string name, string[] facts)
    {
        var result = MpyTool.Run(Paths.RepoRoot, "boards");

        var row = Lines(result.StdOut).Single(l => l.StartsWith(name + " ", StringComparison.Ordinal));
        var cells = row.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var fact in facts)
        {
            CollectionAssert.Contains(cells, fact, row);
        }
    }

    [TestMethod]
    public void AFolderOfProfilesCanBeNamed()
    {
        var dir = Directory.CreateTempSubdirectory("mpy-boards-");
        File.Copy(Path.Combine(Paths.RepoRoot, "Sdk", "targets", "qemu.json"), Path.Combine(dir.FullName, "qemu.json"));

        var result = MpyTool.Run(Paths.RepoRoot, "boards", "--targets", dir.FullName);

        Assert.AreEqual(0, result.ExitCode, result.StdErr);
        Assert.HasCount(3, Lines(result.StdOut), result.StdOut);
        StringAssert.StartsWith(Lines(result.StdOut)[2], "qemu ");
    }

    [TestMethod]
    public void ABrokenProfileIsAnErrorNamingItsFile()
    {
        var dir = Directory.CreateTempSubdirectory("mpy-boards-");
        File.WriteAllText(Path.Combine(dir.FullName, "mine.json"), """{"name": "mine"}""");

        var result = MpyTool.Run(dir.FullName, "boards", "--targets", ".");

        Assert.AreEqual(1, result.ExitCode);
        StringAssert.Contains(result.StdErr, "mine.json: error MPY3002: invalid target profile: 'description' is missing");
        Assert.AreEqual("", result.StdOut);
    }

    [TestMethod]
    [DataRow(true)]
    [DataRow(false)]
    public void AMissingOrEmptyFolderIsAnError(bool exists)
    {
        var dir = Directory.CreateTempSubdirectory("mpy-boards-");
        var folder = exists ? dir.FullName : Path.Combine(dir.FullName, "none");

        var result = MpyTool.Run(dir.FullName, "boards", "--targets", folder);

        Assert.AreEqual(1, result.ExitCode);
        StringAssert.StartsWith(result.StdErr, $"{folder}: error MPY4005: ");
        Assert.IsFalse(result.StdErr.Contains("   at ", StringComparison.Ordinal), result.StdErr);
    }
}
