namespace MicroPython.Sdk.IntegrationTests;

/// <summary>Every output location the README names can be set by the project, and the build follows it.</summary>
[TestClass]
public sealed class OutputLocationTests
{
    [TestMethod]
    public void OverridingEachDocumentedPropertyMovesTheOutputThere()
    {
        var app = SampleProject.CopyOf("SensorApp");
        app.AddProperties("""
            <MicroPythonOutputRoot>out/firmware</MicroPythonOutputRoot>
            <MicroPythonIntermediateDirectory>build/mpy</MicroPythonIntermediateDirectory>
            <MicroPythonPackageItemsFile>build/packages.props</MicroPythonPackageItemsFile>
            """);

        var result = app.Build();
        var noOp = app.Build();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual(0, noOp.ExitCode, noOp.ToString());
        foreach (var file in new[] { "out/firmware/unix/main.mpy", "out/firmware/unix/sensors/tmp36.mpy", "out/firmware/unix/frozen_content.c", "out/firmware/unix/build-summary.txt", "build/mpy/O0-b31/main.mpy", "build/packages.props" })
        {
            Assert.IsTrue(File.Exists(app.PathOf(file)), file + " is missing");
        }

        Assert.IsFalse(Directory.Exists(app.PathOf("bin/Debug/unix")), "the firmware was also written under bin/");
        Assert.IsFalse(Directory.Exists(app.PathOf("obj/Debug/micropython")), "intermediate files were also written under obj/");

        // Outside bin/ and obj/ as much as in them, a removed module leaves no output and clean deletes every one.
        File.Move(app.PathOf("main.py"), app.PathOf("app.py"));
        var renamed = app.Build();
        Assert.AreEqual(0, renamed.ExitCode, renamed.ToString());
        Assert.IsTrue(File.Exists(app.PathOf("out/firmware/unix/app.mpy")), "the renamed module was not built");
        Assert.IsFalse(File.Exists(app.PathOf("out/firmware/unix/main.mpy")), "the removed module's output is left");
        Assert.IsFalse(File.Exists(app.PathOf("build/mpy/O0-b31/main.mpy")), "the removed module's intermediate .mpy is left");

        var clean = app.Run("clean");
        Assert.AreEqual(0, clean.ExitCode, clean.ToString());
        Assert.IsFalse(File.Exists(app.PathOf("out/firmware/unix/frozen_content.c")), "dotnet clean left frozen_content.c");
        Assert.IsFalse(File.Exists(app.PathOf("build/mpy/O0-b31/app.mpy")), "dotnet clean left app.mpy");
        Assert.IsFalse(File.Exists(app.PathOf("build/packages.props")), "dotnet clean left the package items file");
    }
}
