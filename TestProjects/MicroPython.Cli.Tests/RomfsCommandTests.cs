using MicroPython.TestSupport;

namespace MicroPython.Cli.Tests;

/// <summary>
/// <c>mpy romfs</c> against the images v1.28.0 <c>mpremote romfs build -o IMAGE tree</c> made
/// (the Freezer tests' TestData/Romfs, see its README), run in a copy of the case folder so the
/// folder is typed as mpremote got it.
/// </summary>
[TestClass]
public sealed class RomfsCommandTests
{
    private static string CaseDir(string name) => Path.Combine(Paths.RepoRoot, "TestProjects", "MicroPython.Freezer.Tests", "TestData", "Romfs", name);

    [TestMethod]
    [DataRow(false, "image.romfs")]
    [DataRow(true, "image-no-mpy.romfs")]
    public void BuildIsByteIdenticalToMpremote(bool noMpy, string reference)
    {
        var work = CopyCase("packages");
        Directory.CreateDirectory(Path.Combine(work, "tree", "empty"));
        Directory.CreateDirectory(Path.Combine(work, "tree", "app", "static"));

        string[] args = noMpy ? ["romfs", "build", "tree", "-o", "out.img", "--no-mpy"] : ["romfs", "build", "tree", "-o", "out.img"];
        var result = MpyTool.Run(work, args);

        Assert.AreEqual(0, result.ExitCode, result.StdErr);
        var expected = File.ReadAllBytes(Path.Combine(CaseDir("packages"), reference));
        CollectionAssert.AreEqual(expected, File.ReadAllBytes(Path.Combine(work, "out.img")));
        Assert.AreEqual($"Writing {expected.Length} bytes to output file out.img\n", result.StdOut);
    }

    [TestMethod]
    public void TheDefaultImageIsNamedAfterTheFolder()
    {
        var work = CopyCase("padding-odd");

        var result = MpyTool.Run(work, "romfs", "build", "tree/");

        Assert.AreEqual(0, result.ExitCode, result.StdErr);
        CollectionAssert.AreEqual(File.ReadAllBytes(Path.Combine(CaseDir("padding-odd"), "image.romfs")), File.ReadAllBytes(Path.Combine(work, "tree.romfs")));
    }

    [TestMethod]
    public void LsShowsTheTreeWithSizes()
    {
        var result = MpyTool.Run(CaseDir("packages"), "romfs", "ls", "image-no-mpy.romfs");

        Assert.AreEqual(0, result.ExitCode, result.StdErr);
        const string Expected = """
            / (1472 bytes)
            |-- app/
            |   |-- __init__.py (74 bytes)
            |   |-- net/
            |   |   |-- __init__.py (0 bytes)
            |   |   \-- http.py (356 bytes)
            |   \-- static/
            |-- config.json (68 bytes)
            |-- empty/
            |-- fonts/
            |   \-- font8x8.bin (300 bytes)
            |-- lib/
            |   |-- cached.mpy (66 bytes)
            |   |-- cached.py (55 bytes)
            |   \-- util.py (147 bytes)
            |-- main.py (95 bytes)
            \-- web/
                \-- index.html (102 bytes)

            """;
        Assert.AreEqual(Expected.ReplaceLineEndings("\n"), result.StdOut);
    }

    [TestMethod]
    public void ACorruptImageIsOneLineWithTheOffset()
    {
        var work = Directory.CreateTempSubdirectory("mpy-romfs-").FullName;
        File.WriteAllBytes(Path.Combine(work, "cut.img"), File.ReadAllBytes(Path.Combine(CaseDir("packages"), "image.romfs"))[..700]);

        var result = MpyTool.Run(work, "romfs", "ls", "cut.img");

        Assert.AreEqual(1, result.ExitCode);
        var lines = result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.HasCount(1, lines, result.StdErr);
        StringAssert.StartsWith(lines[0], "cut.img: error MPY4010: invalid ROMFS image at byte 5: the image says it holds");
    }

    [TestMethod]
    public void ASyntaxErrorNamesTheFileAndLine()
    {
        var work = Directory.CreateTempSubdirectory("mpy-romfs-").FullName;
        Directory.CreateDirectory(Path.Combine(work, "tree"));
        File.WriteAllText(Path.Combine(work, "tree", "bad.py"), "x = 1\ndef (:\n");

        var result = MpyTool.Run(work, "romfs", "build", "tree", "-o", "out.img");

        Assert.AreEqual(1, result.ExitCode);
        StringAssert.Contains(result.StdErr, "bad.py(2,");
        StringAssert.Contains(result.StdErr, "MPY2013");
        Assert.IsFalse(File.Exists(Path.Combine(work, "out.img")));
    }

    [TestMethod]
    public void AMissingFolderIsAnError()
    {
        var result = MpyTool.Run(Path.GetTempPath(), "romfs", "build", "no-such-folder-here", "-o", "x.img");

        Assert.AreEqual(1, result.ExitCode);
        StringAssert.StartsWith(result.StdErr, "no-such-folder-here: error MPY4002: ");
    }

    private static string CopyCase(string name)
    {
        var work = Directory.CreateTempSubdirectory("mpy-romfs-").FullName;
        var source = CaseDir(name);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(source, "tree"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(work, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return work;
    }
}
