using System.Diagnostics;
using System.Text;
using MicroPython.TestSupport;

namespace MicroPython.Cli.Tests;

/// <summary>
/// <c>mpy run</c> as a drop-in for the unix port's <c>micropython</c>: each case runs both, the real
/// v1.28.0 unix port and ours, in the same folder and compares every byte they print and their exit status.
/// </summary>
[TestClass]
public sealed class RunCommandTests
{
    [TestMethod]
    public void AFileSeesItsArgvPathAndFileAsTheUnixPortShowsThem() =>
        AssertSameAsUnixPort(new() { ["prog.py"] = "import sys\nprint(__file__, __name__, sys.argv, sys.path)\n" }, ["prog.py", "a", "-b"]);

    [TestMethod]
    public void AnUncaughtExceptionPrintsItsTracebackAfterTheOutput() =>
        AssertSameAsUnixPort(new() { ["prog.py"] = "def f(x):\n    return 1 // x\nprint('before')\nf(0)\n" }, ["prog.py"]);

    [TestMethod]
    public void ASyntaxErrorIsATracebackNotACompilerDiagnostic() =>
        AssertSameAsUnixPort(new() { ["bad.py"] = "x = 1\nif x\n    y = 2\n" }, ["bad.py"]);

    [TestMethod]
    public void ASyntaxErrorInAnImportedModuleShowsBothPlaces() =>
        AssertSameAsUnixPort(new() { ["main.py"] = "print('start')\nimport broken\n", ["broken.py"] = "def f(:\n    pass\n" }, ["main.py"]);

    [TestMethod]
    [DataRow("import sys; print(sys.argv, sys.path)")]
    [DataRow("import sys; sys.exit(3)")]
    [DataRow("raise SystemExit(256 + 7)")]
    [DataRow("import sys; sys.exit(-1)")]
    [DataRow("import sys; sys.exit(2 ** 70)")]
    [DataRow("import sys; sys.exit('boo')")]
    [DataRow("raise SystemExit(None, 3)")]
    [DataRow("print(1 / 3, 2 ** 100, 1e300 * 10)")]
    public void CommandsExitAsTheUnixPortDoes(string code) => AssertSameAsUnixPort([], ["-c", code, "x", "-y"]);

    [TestMethod]
    public void AProgramOnStandardInputPrintsItsTracebackOnStandardError() =>
        AssertSameAsUnixPort([], [], stdin: "import sys\nprint(__file__, sys.argv, sys.path)\nraise OSError(5)\n");

    [TestMethod]
    public void AMissingFileExitsWithStatusTwo()
    {
        var (ours, theirs) = RunBoth([], ["missing.py"]);
        Assert.AreEqual(theirs.ExitCode, ours.ExitCode);
        Assert.AreEqual("", ours.StdOut);
        StringAssert.EndsWith(ours.StdErr, ": can't open file 'missing.py': [Errno 2] No such file or directory\n");
    }

    [TestMethod]
    public void ABadOptionIsTheUnixPortsUsageError() => AssertSameAsUnixPort([], ["-Q", "x.py"]);

    [TestMethod]
    public void APackageFolderComesBeforeAModuleFile() =>
        AssertSameAsUnixPort(
            new() { ["main.py"] = "import mod\nprint(mod.__name__, mod.__path__)\n", ["mod.py"] = "print('module file')\n", ["mod/__init__.py"] = "print('package')\n" },
            ["main.py"]);

    [TestMethod]
    public void SourceComesBeforeBytecodeAndBytecodeLoadsAlone()
    {
        using var dir = new TempFolder();
        File.WriteAllText(Path.Combine(dir.Path, "main.py"), "import both, only\n");
        File.WriteAllText(Path.Combine(dir.Path, "both.py"), "print('both: source')\n");
        CompileWithMpyCross(dir.Path, "both.mpy", "print('both: bytecode')\n");
        CompileWithMpyCross(dir.Path, "only.mpy", "print('only: bytecode')\n");
        var ours = MpyTool.Run(dir.Path, "run", "main.py");
        var theirs = ReferenceMicroPython.Run(dir.Path, null, null, "main.py");
        Assert.AreEqual("both: source\nonly: bytecode\n", theirs.StdOut);
        AssertSame(theirs, ours);
    }

    [TestMethod]
    public void AModuleRunsAsMainAndAPackageRunsItsMainSubmodule() =>
        AssertSameAsUnixPort(
            new() { ["tool/__init__.py"] = "print('init', __name__)\n", ["tool/__main__.py"] = "import sys\nprint('main', __name__, sys.argv)\n", ["single.py"] = "print(__name__)\n" },
            ["-m", "tool", "arg"]);

    [TestMethod]
    public void MicroPyPathSetsTheSearchPath() =>
        AssertSameAsUnixPort(
            new() { ["lib/helper.py"] = "VALUE = 42\n" },
            ["-c", "import helper, sys\nprint(helper.VALUE, sys.path)"],
            environment: new Dictionary<string, string> { ["MICROPYPATH"] = "lib:~/.mpy-test:/nowhere" });

    [TestMethod]
    [DataRow("heapsize=100k", "x = [0] * 100000")]
    [DataRow("heapsize=64K", "s = 'ab' * 40000")]
    [DataRow("heapsize=1m", "b = bytes(10) * 200000")]
    public void TheHeapSizeOptionBoundsAllocations(string option, string code) => AssertSameAsUnixPort([], ["-X", option, "-c", code]);

    [TestMethod]
    [DataRow("'x' * 10 ** 9")]
    [DataRow("[0] * 10 ** 9")]
    [DataRow("list(range(10 ** 10))")]
    [DataRow("def g():\n    while True:\n        yield 1\nlist(g())")]
    public void HugeAllocationsAreAnInstantMemoryError(string code) => AssertSameAsUnixPort([], ["-c", code]);

    [TestMethod]
    public void SelfContainingContainersRaiseRuntimeErrorInsteadOfCrashing()
    {
        // The unix port itself dies of SIGSEGV here (its C stack check does not cover these paths).
        const string program = """
            import json
            a = []; a.append(a)
            b = []; b.append(b)
            d = {}; d['d'] = d
            e = {}; e['d'] = e
            for name, f in (('eq', lambda: a == b), ('lt', lambda: a < b), ('in', lambda: a in [b]),
                            ('sort', lambda: sorted([a, b])), ('index', lambda: [b].index(a)),
                            ('dict', lambda: d == e), ('repr', lambda: repr(a)), ('json', lambda: json.dumps(a))):
                try:
                    f()
                    print(name, 'no error')
                except RuntimeError as err:
                    print(name, err)
            """;
        var result = MpyTool.Run(Paths.RepoRoot, "run", "-c", program);
        Assert.AreEqual(0, result.ExitCode, result.StdErr);
        foreach (var name in new[] { "eq", "lt", "in", "sort", "index", "dict", "repr", "json" })
        {
            StringAssert.Contains(result.StdOut, name + " maximum recursion depth exceeded\n");
        }

        Assert.AreEqual("", result.StdErr);
    }

    [TestMethod]
    public void RunawayRecursionIsARuntimeError() =>
        // The depth is the unix port's C-stack bound for this very program (the profile's recursionLimit).
        AssertSameAsUnixPort(new() { ["rec.py"] = "n = 0\ndef f():\n    global n\n    n += 1\n    f()\ntry:\n    f()\nexcept RuntimeError:\n    print(n)\n" }, ["rec.py"]);

    [TestMethod]
    public void AClosedStandardOutputEndsTheProgram()
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "mpy.dll"), "run", "-c", "i = 0\nwhile True:\n    print(i)\n    i += 1" })
        {
            psi.ArgumentList.Add(arg);
        }

        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        for (var i = 0; i < 3; i++)
        {
            Assert.AreEqual(i.ToString(System.Globalization.CultureInfo.InvariantCulture), process.StandardOutput.ReadLine());
        }

        process.StandardOutput.Close();
        var ended = process.WaitForExit(TimeSpan.FromSeconds(60));
        if (!ended)
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.IsTrue(ended, "the program kept running after its reader had gone");
        Assert.AreEqual(1, process.ExitCode);
        Assert.DoesNotContain("   at ", stderr.Result);
    }

    [TestMethod]
    public void ABoardWithSingleFloatsPrintsSingles()
    {
        var result = MpyTool.Run(Paths.RepoRoot, "run", "--target", "rp2", "-c", "import sys\nprint(1 / 3, 2 / 3, 0.1 + 0.2, sys.platform, sys.implementation._machine)");
        Assert.AreEqual("0.33333334 0.6666667 0.3 rp2 Raspberry Pi Pico with RP2040\n", result.StdOut, result.StdErr);
    }

    [TestMethod]
    [DataRow("../unix")]
    [DataRow("nosuchboard")]
    public void AnUnknownBoardIsOneClearError(string board)
    {
        var result = MpyTool.Run(Paths.RepoRoot, "run", "--target", board, "-c", "print(1)");
        Assert.AreEqual(1, result.ExitCode);
        Assert.AreEqual("", result.StdOut);
        StringAssert.Contains(result.StdErr, "error MPY3001:");
        Assert.AreEqual(1, result.StdErr.Trim().Split('\n').Length, result.StdErr);
    }

    private static void AssertSameAsUnixPort(Dictionary<string, string> files, string[] args, string? stdin = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var (ours, theirs) = RunBoth(files, args, stdin, environment);
        AssertSame(theirs, ours);
    }

    private static void AssertSame(MpyTool.Result theirs, MpyTool.Result ours)
    {
        Assert.AreEqual(theirs.StdOut, ours.StdOut, "standard output; ours printed on standard error: " + ours.StdErr);
        Assert.AreEqual(theirs.StdErr, ours.StdErr, "standard error");
        Assert.AreEqual(theirs.ExitCode, ours.ExitCode, "exit status");
    }

    private static (MpyTool.Result Ours, MpyTool.Result Theirs) RunBoth(Dictionary<string, string> files, string[] args, string? stdin = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var dir = new TempFolder();
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(dir.Path, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        var input = stdin is null ? null : Encoding.UTF8.GetBytes(stdin);
        var ours = MpyTool.Run(dir.Path, input, environment, ["run", .. args]);
        var theirs = ReferenceMicroPython.Run(dir.Path, input, environment, args);
        return (ours, theirs);
    }

    private static void CompileWithMpyCross(string dir, string output, string source)
    {
        var sourceFile = Path.Combine(dir, Path.ChangeExtension(output, ".src.py"));
        File.WriteAllText(sourceFile, source);
        var psi = new ProcessStartInfo(Paths.ReferenceMpyCross) { UseShellExecute = false };
        foreach (var arg in new[] { "-o", Path.Combine(dir, output), sourceFile })
        {
            psi.ArgumentList.Add(arg);
        }

        using var process = Process.Start(psi)!;
        process.WaitForExit();
        File.Delete(sourceFile);
        Assert.AreEqual(0, process.ExitCode);
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("mpy-run-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
