using MicroPython.Bytecode;
using MicroPython.Compiler;

namespace MicroPython.Sdk.IntegrationTests;

/// <summary>Changing a property or the list of boards rebuilds what depends on it, and only that.</summary>
[TestClass]
public sealed class SettingChangeTests
{
    [TestMethod]
    public void ChangingTheOptimizationLevelAndBackLeavesTheOutputsOfTheLastBuild()
    {
        var sample = SampleProject.CopyOf("SingleTarget");
        Assert.AreEqual(0, sample.Build().ExitCode);

        var optimized = sample.Build("-p:MicroPythonOptimizationLevel=3");
        Assert.AreEqual(0, optimized.ExitCode, optimized.ToString());
        StringAssert.Contains(optimized.Output, "MicroPython: compiled 3 modules", optimized.ToString());
        AssertMainCompiledAt(sample, 3);

        // The -O0 .mpy files are older than the -O3 copies in bin/, yet they must come back.
        var back = sample.Build();
        Assert.AreEqual(0, back.ExitCode, back.ToString());
        AssertMainCompiledAt(sample, 0);
    }

    [TestMethod]
    public void ABoardAddedWithTheSameCompileSettingsNeedsNoCompile()
    {
        var sample = SampleProject.CopyOf("SingleTarget");
        Assert.AreEqual(0, sample.Build().ExitCode);

        var twoBoards = sample.Build("-p:MicroPythonTargets=\"rp2;stm32\"");

        Assert.AreEqual(0, twoBoards.ExitCode, twoBoards.ToString());
        Assert.IsFalse(twoBoards.Output.Contains("MicroPython: compiled", StringComparison.Ordinal), twoBoards.ToString());
        CollectionAssert.AreEqual(File.ReadAllBytes(sample.PathOf("bin/Debug/rp2/main.mpy")), File.ReadAllBytes(sample.PathOf("bin/Debug/stm32/main.mpy")));
        Assert.IsTrue(File.Exists(sample.PathOf("bin/Debug/stm32/frozen_content.c")), "the new board has no frozen_content.c");
    }

    [TestMethod]
    public void WiderSmallIntsForA64BitBoardRecompile()
    {
        var sample = SampleProject.CopyOf("SingleTarget");
        Assert.AreEqual(0, sample.Build("-p:MicroPythonTargets=unix").ExitCode);

        var wide = sample.Build("-p:MicroPythonTargets=unix", "-p:MicroPythonSmallIntBits=63");

        Assert.AreEqual(0, wide.ExitCode, wide.ToString());
        StringAssert.Contains(wide.Output, "MicroPython: compiled 3 modules", wide.ToString());
        var expected = MpyWriter.Write(MpyCompiler.Compile(File.ReadAllText(sample.PathOf("main.py")), "main.py", new CompilerOptions { SmallIntBits = 63 }));
        CollectionAssert.AreEqual(expected, File.ReadAllBytes(sample.PathOf("bin/Debug/unix/main.mpy")));
    }

    private static void AssertMainCompiledAt(SampleProject sample, int level)
    {
        var expected = MpyWriter.Write(MpyCompiler.Compile(File.ReadAllText(sample.PathOf("main.py")), "main.py", new CompilerOptions { OptimizationLevel = level }));
        CollectionAssert.AreEqual(expected, File.ReadAllBytes(sample.PathOf("bin/Debug/rp2/main.mpy")), $"bin/Debug/rp2/main.mpy is not main.py at -O{level}");
    }
}
