using MicroPython.Bytecode;
using MicroPython.Compiler;

namespace MicroPython.Sdk.IntegrationTests;

/// <summary><c>MicroPythonManifest</c> and <c>MicroPythonRequire</c>: a board's manifest.py and micropython-lib packages in a build.</summary>
[TestClass]
public sealed class ManifestTests
{
    [TestMethod]
    public void AManifestAndARequiredPackageFreezeAsMakemanifestDoes()
    {
        var sample = SampleProject.CopyOf("WithManifest");

        var result = sample.Build();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, "0 Warning(s)", result.ToString());
        StringAssert.Contains(result.Output, "MicroPython: compiled 3 modules", result.ToString());
        FrozenContent.AssertMatchesReference("WithManifest.stm32.frozen_content.c", sample.PathOf("bin/Debug/stm32/frozen_content.c"));
        AssertCompiled(sample, "app.py", "app.mpy", optimizationLevel: 3);
        AssertCompiled(sample, "drivers/motor.py", "motor.mpy", optimizationLevel: 0);
        Assert.IsFalse(File.Exists(sample.PathOf("bin/Debug/stm32/drivers/motor.mpy")), "a module the manifest freezes was also taken by the default glob");
        Assert.IsFalse(File.Exists(sample.PathOf("bin/Debug/stm32/manifest.mpy")), "the manifest was compiled as a module");
    }

    [TestMethod]
    public void ARequiredPackageGetsItsVersionAsMakemanifestGivesIt()
    {
        var sample = SampleProject.CopyOf("WithManifest");

        Assert.AreEqual(0, sample.Build().ExitCode);

        var source = File.ReadAllText(sample.PathOf("mplib/python-stdlib/tinyjson/tinyjson.py")) + "\n\n__version__ = '0.1.0'\n";
        var expected = MpyWriter.Write(MpyCompiler.Compile(source, "tinyjson.py", new CompilerOptions()));
        CollectionAssert.AreEqual(expected, File.ReadAllBytes(sample.PathOf("bin/Debug/stm32/tinyjson.mpy")));
    }

    [TestMethod]
    public void EditingTheManifestRebuildsWhatItChanges()
    {
        var sample = SampleProject.CopyOf("WithManifest");
        Assert.AreEqual(0, sample.Build().ExitCode);
        var noOp = sample.Build("-v:n");
        StringAssert.Contains(noOp.Output, "Skipping target \"MicroPythonCompile\" because all output files are up-to-date", noOp.ToString());

        File.WriteAllText(sample.PathOf("manifest.py"), File.ReadAllText(sample.PathOf("manifest.py")).Replace("opt=3", "opt=0", StringComparison.Ordinal));
        var edited = sample.Build();

        Assert.AreEqual(0, edited.ExitCode, edited.ToString());
        AssertCompiled(sample, "app.py", "app.mpy", optimizationLevel: 0);
    }

    [TestMethod]
    [DataRow("<MicroPythonManifest Include=\"boards/missing.py\" />", "error MPY2003:")]
    [DataRow("<MicroPythonRequire Include=\"no-such-package\" />", "error MPY2007: Package 'no-such-package' not found")]
    public void ABrokenManifestInputIsAnMpy2ErrorAndWritesNothing(string item, string expected)
    {
        var sample = SampleProject.CopyOf("WithManifest");
        sample.AddItems(item);

        var result = sample.Build();

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, expected, result.ToString());
        Assert.IsFalse(File.Exists(sample.PathOf("bin/Debug/stm32/frozen_content.c")), "a broken build wrote frozen_content.c");
    }

    [TestMethod]
    public void AManifestCallThatFailsIsReportedAtItsLine()
    {
        var sample = SampleProject.CopyOf("WithManifest");
        File.AppendAllText(sample.PathOf("manifest.py"), "module(\"nowhere.py\")\n");

        var result = sample.Build();

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, sample.PathOf("manifest.py") + "(4,1): error MPY2003:", result.ToString());
        StringAssert.Contains(result.Output, "error MPY2003:", result.ToString());
    }

    [TestMethod]
    public void ARequireWithoutAMicroPythonLibCheckoutIsAConfigurationError()
    {
        var sample = SampleProject.CopyOf("WithManifest");

        var result = sample.Build("-p:MicroPythonLibPath=");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, "error MPY3008: MicroPythonRequire 'tinyjson' needs MicroPythonLibPath", result.ToString());
    }

    [TestMethod]
    public void AModuleFrozenTwiceIsAnErrorAndAShadowedOneAWarning()
    {
        var sample = SampleProject.CopyOf("WithManifest");
        Directory.CreateDirectory(sample.PathOf("extra/motor"));
        File.WriteAllText(sample.PathOf("extra/motor.py"), "SPEED = 1\n");
        File.WriteAllText(sample.PathOf("extra/motor/__init__.py"), "SPEED = 2\n");
        sample.AddItems("<MicroPythonModule Update=\"extra/**\" BasePath=\"extra\" />");

        var result = sample.Build();

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, $"error MPY2101: module 'motor' is frozen twice, from {sample.PathOf("drivers/motor.py")} and from {sample.PathOf("extra/motor.py")}", result.ToString());
        StringAssert.Contains(result.Output, "warning MPY2103: module 'motor' is shadowed by the frozen package 'motor/'", result.ToString());
    }

    private static void AssertCompiled(SampleProject sample, string source, string output, int optimizationLevel)
    {
        var options = new CompilerOptions { OptimizationLevel = optimizationLevel };
        var expected = MpyWriter.Write(MpyCompiler.Compile(File.ReadAllText(sample.PathOf(source)), output.Replace(".mpy", ".py", StringComparison.Ordinal), options));
        CollectionAssert.AreEqual(expected, File.ReadAllBytes(sample.PathOf("bin/Debug/stm32/" + output)), $"{output} is not {source} compiled at -O{optimizationLevel}");
    }
}
