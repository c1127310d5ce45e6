namespace MicroPython.Sdk.IntegrationTests;

/// <summary>Configuration mistakes stop the build with one clear MPY3xxx error at the project file.</summary>
[TestClass]
public sealed class ConfigurationErrorTests
{
    [TestMethod]
    [DataRow("-p:MicroPythonTargets=\"rp2;pico9\"", "error MPY3001: unknown MicroPython target 'pico9': the SDK knows bare-arm, cc3200, esp32, esp8266, minimal, nrf, qemu, rp2, rp2-rp2350, samd, stm32, stm32-nucleo-f091rc, stm32-nucleo-h743zi, unix, unix-nanbox")]
    [DataRow("-p:MicroPythonTargets=", "error MPY3004: no MicroPython target")]
    [DataRow("-p:MicroPythonTargets=../targets/rp2", "error MPY3001: the MicroPython target '../targets/rp2' is not a board name")]
    [DataRow("-p:MicroPythonSmallIntBits=63", "error MPY3003: MicroPythonSmallIntBits is 63 but target 'rp2' has 31-bit small ints")]
    [DataRow("-p:MicroPythonOptimizationLevel=7", "error MPY3003: OptimizationLevel must be 0, 1, 2 or 3, not '7'")]
    public void AMisconfiguredProjectFailsWithAnMpy3Error(string property, string expected)
    {
        var sample = SampleProject.CopyOf("SingleTarget");

        var result = sample.Build(property);

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, expected, result.ToString());
        Assert.IsFalse(result.Output.Contains("   at ", StringComparison.Ordinal), "a stack trace leaked:\n" + result);
    }

    [TestMethod]
    public void TheTargetFrameworkNamesTheMicroPythonVersion()
    {
        var sample = SampleProject.CopyOf("SingleTarget");

        var result = sample.Run("msbuild", "-getProperty:TargetFrameworkMoniker", "-getProperty:TargetFramework");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, "\"TargetFrameworkMoniker\": \"MicroPython,Version=v1.28\"", result.ToString());
        StringAssert.Contains(result.Output, "\"TargetFramework\": \"micropython1.28\"", result.ToString());
    }

    [TestMethod]
    public void AFirmwareProjectInADotNetRepositoryTargetsMicroPythonAnyway()
    {
        // A .NET repository's Directory.Build.props sets its TargetFramework for every project.
        var sample = SampleProject.CopyOf("SingleTarget");
        sample.WriteFile("../Directory.Build.props", "<Project><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");

        var result = sample.Build();
        var framework = sample.Run("msbuild", "-getProperty:TargetFrameworkMoniker");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsTrue(File.Exists(sample.PathOf("bin/Debug/rp2/frozen_content.c")), "no frozen_content.c");
        StringAssert.Contains(framework.Output, "MicroPython,Version=v1.28", framework.ToString());
    }

    [TestMethod]
    [DataRow("<PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>", new string[0], "net10.0")]
    [DataRow("", new[] { "-p:TargetFramework=net8.0" }, "net8.0")]
    public void ATargetFrameworkOfNoMicroPythonVersionIsAnMpy3003NamingIt(string projectXml, string[] args, string framework)
    {
        var sample = SampleProject.CopyOf("SingleTarget");
        File.WriteAllText(sample.ProjectFile, File.ReadAllText(sample.ProjectFile).Replace("</Project>", projectXml + "</Project>", StringComparison.Ordinal));

        var result = sample.Build(args);

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, $"error MPY3003: TargetFramework is '{framework}', which names no MicroPython version", result.ToString());
        StringAssert.Contains(result.Output, "Set <TargetFramework>micropython1.28</TargetFramework> in the project", result.ToString());
        Assert.IsFalse(result.Output.Contains(".NETFramework", StringComparison.Ordinal), result.ToString());
    }

    [TestMethod]
    public void APrebuiltMpyThatTheTargetWouldRefuseIsABuildError()
    {
        var sample = SampleProject.CopyOf("SingleTarget");
        File.Copy(MicroPython.TestSupport.Paths.CorpusDir("mpy", "int63", "async_basic.mpy"), sample.PathOf("wide.mpy"));
        File.WriteAllText(sample.ProjectFile, File.ReadAllText(sample.ProjectFile).Replace("</Project>", "  <ItemGroup><MicroPythonMpy Include=\"wide.mpy\" /></ItemGroup>\n</Project>"));

        var result = sample.Build();

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, sample.PathOf("wide.mpy") + " : error MPY3005: this .mpy would not load on target 'rp2': it was compiled for 63-bit small ints and target 'rp2' has 31", result.ToString());
    }
}
