using MicroPython.TestSupport;

namespace MicroPython.Cli.Tests;

/// <summary>
/// Bad outputs, endless inputs and out-of-range values on the command line: each one clean error
/// line with an MPY code (or the usage, as mpy-cross gives it), exit code 1, no stack trace, and
/// nothing half-written or left behind.
/// </summary>
[TestClass]
public sealed class BadInputTests
{
    private static string Source => Paths.CorpusDir("py", "syntax_tabs.py");

    [TestMethod]
    [DataRow("/dev/full", "No space left on device")]
    [DataRow("missing/out.mpy", "does not exist")]
    [DataRow("folder", "it is a folder")]
    public void ADropInOutputThatCannotBeWrittenIsAnError(string output, string reason)
    {
        var dir = Directory.CreateTempSubdirectory("mpy-bad-output-").FullName;
        Directory.CreateDirectory(Path.Combine(dir, "folder"));

        var result = MpyTool.Run(dir, "compile", "-o", output, Source);

        AssertCleanError(result, $"{output}: error MPY4003: cannot write the file: ");
        StringAssert.Contains(result.StdErr, reason);
        CollectionAssert.AreEqual(new[] { "folder" }, Directory.EnumerateFileSystemEntries(dir).Select(Path.GetFileName).ToArray());
    }

    [TestMethod]
    public void ADropInOutputThroughASymbolicLinkReplacesItsTarget()
    {
        var dir = Directory.CreateTempSubdirectory("mpy-link-output-").FullName;
        File.WriteAllText(Path.Combine(dir, "real.mpy"), "old");
        File.CreateSymbolicLink(Path.Combine(dir, "link.mpy"), "real.mpy");

        var result = MpyTool.Run(dir, "compile", "-s", "syntax_tabs.py", "-o", "link.mpy", Source);

        Assert.AreEqual(0, result.ExitCode, result.StdErr);
        Assert.IsNotNull(new FileInfo(Path.Combine(dir, "link.mpy")).LinkTarget);
        CollectionAssert.AreEqual(File.ReadAllBytes(Paths.CorpusDir("mpy", "O0", "syntax_tabs.mpy")), File.ReadAllBytes(Path.Combine(dir, "real.mpy")));
    }

    [TestMethod]
    public void ABatchOutputFolderThatCannotBeMadeIsAnError()
    {
        var dir = Directory.CreateTempSubdirectory("mpy-bad-batch-").FullName;
        File.WriteAllText(Path.Combine(dir, "file"), "");

        var result = MpyTool.Run(Paths.CorpusDir("py"), "compile", "--out-dir", Path.Combine(dir, "file", "out"), "syntax_tabs.py");

        AssertCleanError(result, "error MPY4003: cannot create the folder");
    }

    [TestMethod]
    [DataRow("compile", "/dev/zero", "MPY4002")]
    [DataRow("dump", "/dev/zero", "MPY4002")]
    [DataRow("compile", "/dev/urandom", "MPY4002")]
    public void AnEndlessInputIsRefused(string verb, string input, string code)
    {
        var result = MpyTool.Run(Paths.RepoRoot, verb, input);

        AssertCleanError(result, $"{input}: error {code}: ");
        StringAssert.Contains(result.StdErr, "not a regular file");
    }

    [TestMethod]
    [DataRow("-msmall-int-bits=99")]
    [DataRow("-msmall-int-bits=1")]
    [DataRow("-msmall-int-bits=4294967297")]
    [DataRow("-msmall-int-bits=x")]
    public void AnOutOfRangeSmallIntWidthGivesTheUsage(string flag)
    {
        var result = MpyTool.Run(Paths.CorpusDir("py"), "compile", flag, "-o", "-", "syntax_tabs.py");

        Assert.AreEqual(1, result.ExitCode);
        StringAssert.StartsWith(result.StdOut, "usage: mpy compile");
    }

    [TestMethod]
    public void TheSmallIntWidthIsReadAsMpyCrossReadsIt()
    {
        var result = MpyTool.Run(Paths.CorpusDir("py"), "compile", "-msmall-int-bits=0x3f", "-s", "int_boundaries.py", "-o", "-", "int_boundaries.py");

        Assert.AreEqual(0, result.ExitCode, result.StdErr);
        CollectionAssert.AreEqual(File.ReadAllBytes(Paths.CorpusDir("mpy", "int63", "int_boundaries.mpy")), result.StdOutBytes);
    }

    [TestMethod]
    [DataRow("--opt", "7", "--opt must be")]
    [DataRow("--small-int-bits", "99", "--small-int-bits must be")]
    [DataRow("--str", "/dev/zero", "not a regular file")]
    [DataRow("-o", "/dev/full", "No space left on device")]
    public void FreezeRefusesBadValuesAndInputs(string option, string value, string message)
    {
        var dir = Directory.CreateTempSubdirectory("mpy-freeze-bad-").FullName;
        string[] output = option == "-o" ? [] : ["-o", Path.Combine(dir, "frozen_content.c")];
        if (value.StartsWith("/dev/", StringComparison.Ordinal) && option != "-o")
        {
            // Named as a module, so that planning accepts the name and the read meets the device.
            var links = Directory.CreateTempSubdirectory("mpy-freeze-dev-").FullName;
            value = Path.Combine(links, Path.GetFileName(value) + ".py");
            File.CreateSymbolicLink(value, "/dev/zero");
        }

        var result = MpyTool.Run(Paths.CorpusDir("py"), ["freeze", .. output, option, value, "syntax_tabs.py"]);

        AssertCleanError(result, "error MPY");
        StringAssert.Contains(result.StdErr, message);
        Assert.IsFalse(Directory.EnumerateFileSystemEntries(dir).Any());
    }

    [TestMethod]
    [DataRow("include('/dev/zero')", "", "not a regular file")]
    [DataRow("include('/dev/urandom')", "", "not a regular file")]
    [DataRow("module('syntax_tabs.py', base_path='$(CORPUS)/py', opt=2**70)", "", "64 bits")]
    [DataRow("module('syntax_tabs.py', base_path='$(CORPUS)/py')", "-msmall-int-bits=99", "-msmall-int-bits must be")]
    [DataRow("module('syntax_tabs.py', base_path='$(CORPUS)/py')", "build-is-a-file", "is a file, not a folder")]
    public void MakeManifestRefusesBadManifestsAndValues(string manifest, string extra, string message)
    {
        var dir = Directory.CreateTempSubdirectory("mpy-makemanifest-bad-").FullName;
        File.WriteAllText(Path.Combine(dir, "manifest.py"), manifest + "\n");
        var build = Path.Combine(dir, "build");
        string[] flags = [];
        if (extra == "build-is-a-file")
        {
            File.WriteAllText(build, "");
        }
        else if (extra.Length > 0)
        {
            flags = ["-f", extra];
        }

        var output = Path.Combine(dir, "frozen_content.c");
        var result = MpyTool.Run(dir, ["makemanifest", "-o", output, "-b", build, "-v", "CORPUS=" + Paths.Corpus, "-q", Paths.CorpusDir("frozen", "unix-qstrdefs.h"), .. flags, "manifest.py"]);

        AssertCleanError(result, "error MPY");
        StringAssert.Contains(result.StdErr, message);
        Assert.IsFalse(File.Exists(output));
    }

    private static void AssertCleanError(MpyTool.Result result, string expected)
    {
        Assert.AreEqual(1, result.ExitCode, result.StdErr);
        StringAssert.Contains(result.StdErr, expected);
        Assert.IsFalse(result.StdErr.Contains("   at ", StringComparison.Ordinal), "a stack trace leaked:\n" + result.StdErr);
        Assert.IsFalse(result.StdErr.Contains("Unhandled", StringComparison.Ordinal), result.StdErr);
    }
}
