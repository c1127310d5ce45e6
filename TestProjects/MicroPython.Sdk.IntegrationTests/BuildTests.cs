using MicroPython.Bytecode;
using MicroPython.Compiler;

namespace MicroPython.Sdk.IntegrationTests;

/// <summary>Real <c>dotnet build</c>s of copies of the samples against the packed SDK.</summary>
[TestClass]
public sealed class BuildTests
{
    private const string NothingToCompile = "Skipping target \"MicroPythonCompile\" because all output files are up-to-date";

    [TestMethod]
    public void TheMpyTreeIsWhatTheCompilerMakesOfEachModule()
    {
        var sample = SampleProject.CopyOf("SingleTarget");

        var result = sample.Build();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        foreach (var module in new[] { "main.py", "lib/__init__.py", "lib/blink.py" })
        {
            var expected = MpyWriter.Write(MpyCompiler.Compile(File.ReadAllText(sample.PathOf(module)), module, new CompilerOptions { OptimizationLevel = 0, SmallIntBits = 31 }));
            CollectionAssert.AreEqual(expected, File.ReadAllBytes(sample.PathOf("bin/Debug/rp2/" + Path.ChangeExtension(module, ".mpy"))), module);
        }

        StringAssert.Contains(File.ReadAllText(sample.PathOf("bin/Debug/rp2/build-summary.txt")), "modules frozen as bytecode: 3\n");
    }

    [TestMethod]
    public void RebuildsCompileOnlyWhatChangedAndForgetDeletedModules()
    {
        var sample = SampleProject.CopyOf("SingleTarget");
        Assert.AreEqual(0, sample.Build().ExitCode);

        var noOp = sample.Build("-v:n");
        Assert.AreEqual(0, noOp.ExitCode, noOp.ToString());
        StringAssert.Contains(noOp.Output, NothingToCompile, noOp.ToString());

        File.AppendAllText(sample.PathOf("lib/blink.py"), "\nBLINK_LIMIT = 10\n");
        var edit = sample.Build();
        Assert.AreEqual(0, edit.ExitCode, edit.ToString());
        StringAssert.Contains(edit.Output, "MicroPython: compiled 1 module", edit.ToString());

        File.Delete(sample.PathOf("lib/blink.py"));
        File.WriteAllText(sample.PathOf("main.py"), "print('no more blinking')\n");
        var delete = sample.Build();
        Assert.AreEqual(0, delete.ExitCode, delete.ToString());
        Assert.IsFalse(File.Exists(sample.PathOf("bin/Debug/rp2/lib/blink.mpy")), "the deleted module is still in the output");
        StringAssert.Contains(File.ReadAllText(sample.PathOf("bin/Debug/rp2/build-summary.txt")), "modules frozen as bytecode: 2\n");

        var clean = sample.Run("clean");
        Assert.AreEqual(0, clean.ExitCode, clean.ToString());
        Assert.IsFalse(File.Exists(sample.PathOf("bin/Debug/rp2/main.mpy")), "dotnet clean left main.mpy");
        Assert.IsFalse(File.Exists(sample.PathOf("bin/Debug/rp2/build-summary.txt")), "dotnet clean left the summary");
    }

    [TestMethod]
    public void TargetsThatShareCompileSettingsShareOneCompile()
    {
        var sample = SampleProject.CopyOf("MultiTarget");

        // As a user would check it: a binary log and the detailed log of the same build.
        var result = sample.Build("-bl:" + sample.PathOf("msbuild.binlog"), "-v:d");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual(1, Occurrences(result.Output, "Task \"CompileMicroPython\""), "the compile task ran more than once for two boards");
        Assert.AreEqual(2, Occurrences(result.Output, "Task \"FreezeMicroPython\""), "one freeze per board");
        StringAssert.Contains(result.Output, "MicroPython: compiled 7 modules", result.ToString());
        Assert.IsTrue(File.Exists(sample.PathOf("msbuild.binlog")), "no binary log");
        foreach (var target in new[] { "unix", "rp2" })
        {
            foreach (var module in new[] { "main.mpy", "app/__init__.mpy", "app/scheduler.mpy", "drivers/thermo.mpy", "sensors/tmp36.mpy" })
            {
                Assert.IsTrue(File.Exists(sample.PathOf($"bin/Debug/{target}/{module}")), $"{target}/{module} is missing");
            }
        }

        // The reference made by makemanifest.py for the same modules (the package's too) and the unix port's qstrs.
        FrozenContent.AssertMatchesReference("MultiTarget.unix.frozen_content.c", sample.PathOf("bin/Debug/unix/frozen_content.c"));
        Assert.IsTrue(File.Exists(sample.PathOf("bin/Debug/rp2/frozen_content.c")), "rp2 has no frozen_content.c");
    }

    [TestMethod]
    public void ANoOpRebuildRunsNoCompileOrFreeze()
    {
        var sample = SampleProject.CopyOf("MultiTarget");
        Assert.AreEqual(0, sample.Build().ExitCode);
        var frozen = File.GetLastWriteTimeUtc(sample.PathOf("bin/Debug/unix/frozen_content.c"));

        var noOp = sample.Build("-v:n");

        Assert.AreEqual(0, noOp.ExitCode, noOp.ToString());
        StringAssert.Contains(noOp.Output, NothingToCompile, noOp.ToString());
        Assert.IsFalse(noOp.Output.Contains("MicroPython: compiled", StringComparison.Ordinal), noOp.ToString());
        Assert.IsFalse(noOp.Output.Contains("MicroPython: froze", StringComparison.Ordinal), noOp.ToString());
        Assert.AreEqual(frozen, File.GetLastWriteTimeUtc(sample.PathOf("bin/Debug/unix/frozen_content.c")));
    }

    [TestMethod]
    public void ASyntaxErrorIsReportedAtItsFileLineAndColumn()
    {
        var sample = SampleProject.CopyOf("SyntaxError");

        var result = sample.Build();

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, sample.PathOf("broken.py") + "(4,1): error MPY1", result.ToString());
        StringAssert.Contains(result.Output, ": SyntaxError: invalid syntax", result.ToString());
        Assert.IsFalse(result.Output.Contains("   at ", StringComparison.Ordinal), "a stack trace leaked:\n" + result);
        Assert.IsTrue(File.Exists(sample.PathOf("obj/Debug/micropython/O0-b31/good.mpy")), "the good module was not compiled");
        Assert.IsFalse(File.Exists(sample.PathOf("obj/Debug/micropython/O0-b31/broken.mpy")), "the broken module left an output");
    }

    private static int Occurrences(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
