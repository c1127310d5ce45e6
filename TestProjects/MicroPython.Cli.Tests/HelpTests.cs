using MicroPython.TestSupport;

namespace MicroPython.Cli.Tests;

/// <summary>
/// <c>mpy --help</c> and each verb's help: a usage line and every option explained, as the
/// reference tools' own help (mpy-cross, makemanifest.py's argparse) is.
/// </summary>
[TestClass]
public sealed class HelpTests
{
    [TestMethod]
    public void TheToolsHelpListsEveryVerb()
    {
        var result = MpyTool.Run(Paths.RepoRoot, "--help");

        Assert.AreEqual(0, result.ExitCode, result.StdErr);
        StringAssert.Contains(result.StdOut, "Usage:\n  mpy [command] [options]");
        foreach (var verb in new[] { "compile", "dump", "freeze", "makemanifest", "run" })
        {
            StringAssert.Contains(result.StdOut, "\n  " + verb + " ", verb);
        }
    }

    [TestMethod]
    [DataRow("compile", "-o <output>|-s <name>|--opt-level <N>|-msmall-int-bits <number>|--out-dir <DIR>|--version")]
    [DataRow("dump", "<files>")]
    [DataRow("freeze", "-o, --output <FILE> (REQUIRED)|-q, --qstr-header <FILE>|--str <FILE>|--mpy-tool-flags <FLAGS>")]
    public void EachVerbsHelpNamesItsUsageAndOptions(string verb, string options)
    {
        var result = MpyTool.Run(Paths.RepoRoot, verb, "--help");

        Assert.AreEqual(0, result.ExitCode, result.StdErr);
        StringAssert.Contains(result.StdOut, $"Usage:\n  mpy {verb} ");
        foreach (var option in options.Split('|'))
        {
            StringAssert.Contains(result.StdOut, option, result.StdOut);
        }

        Assert.IsFalse(result.StdOut.Contains("Additional Arguments", StringComparison.Ordinal), result.StdOut);
    }

    [TestMethod]
    public void RunsHelpIsAUsageLineAsTheUnixPortsIs()
    {
        var result = MpyTool.Run(Paths.RepoRoot, "run", "--help");

        Assert.AreEqual(0, result.ExitCode, result.StdErr);
        StringAssert.StartsWith(result.StdOut, "usage: mpy run ");
        foreach (var option in new[] { "--target BOARD", "--path DIR", "-X heapsize=", "-c <command>", "-m <module>", "<filename>", "--image <image.json>" })
        {
            StringAssert.Contains(result.StdOut, option, result.StdOut);
        }
    }

    [TestMethod]
    public void MakeManifestsHelpIsLaidOutAsMakeManifestPys()
    {
        var result = MpyTool.Run(Paths.RepoRoot, "makemanifest", "--help");

        Assert.AreEqual(0, result.ExitCode, result.StdErr);
        StringAssert.StartsWith(result.StdOut, "usage: mpy makemanifest [-h] -o OUTPUT -b BUILD_DIR [-f MPY_CROSS_FLAGS] [-v VAR]\n");
        foreach (var option in new[] { "-o OUTPUT, --output OUTPUT", "-b BUILD_DIR, --build-dir BUILD_DIR", "-f MPY_CROSS_FLAGS, --mpy-cross-flags MPY_CROSS_FLAGS", "-v VAR, --var VAR", "--mpy-tool-flags MPY_TOOL_FLAGS", "-q QSTR_HEADER, --qstr-header QSTR_HEADER" })
        {
            StringAssert.Contains(result.StdOut, "\n  " + option, option);
        }

        Assert.IsFalse(result.StdOut.Contains("Additional Arguments", StringComparison.Ordinal), result.StdOut);
    }
}
