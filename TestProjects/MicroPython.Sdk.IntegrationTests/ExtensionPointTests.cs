namespace MicroPython.Sdk.IntegrationTests;

/// <summary>
/// The SDK's build is Microsoft.Common.targets' with the MicroPython steps in it (as NoTargets has
/// it): the usual build events run, and a user can hook the steps and extend their list.
/// </summary>
[TestClass]
public sealed class ExtensionPointTests
{
    [TestMethod]
    public void PreBuildAndPostBuildEventsRunAroundTheMicroPythonSteps()
    {
        var sample = SampleProject.CopyOf("SingleTarget");
        sample.AddProperties("<PreBuildEvent>echo pre-build event ran</PreBuildEvent><PostBuildEvent>echo post-build event ran</PostBuildEvent>");

        var result = sample.Build("-v:n");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        AssertInOrder(result, "pre-build event ran", "MicroPython: compiled 3 modules", "MicroPython: froze 3 modules", "post-build event ran");
    }

    [TestMethod]
    public void DirectoryBuildTargetsHooksRunBeforeAndAfterCompileAndFreeze()
    {
        var sample = SampleProject.CopyOf("SingleTarget");
        sample.WriteFile("Directory.Build.targets", """
            <Project>
              <PropertyGroup>
                <MicroPythonBuildDependsOn>$(MicroPythonBuildDependsOn);StampFirmware</MicroPythonBuildDependsOn>
              </PropertyGroup>
              <Target Name="BeforeMicroPythonCompile"><Message Importance="high" Text="hook: before compile" /></Target>
              <Target Name="AfterMicroPythonCompile"><Message Importance="high" Text="hook: after compile" /></Target>
              <Target Name="BeforeMicroPythonFreeze"><Message Importance="high" Text="hook: before freeze" /></Target>
              <Target Name="AfterMicroPythonFreeze"><Message Importance="high" Text="hook: after freeze" /></Target>
              <Target Name="StampFirmware"><Message Importance="high" Text="hook: appended step" /></Target>
            </Project>
            """);

        var result = sample.Build("-v:n");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        AssertInOrder(
            result,
            "hook: before compile",
            "MicroPython: compiled 3 modules",
            "hook: after compile",
            "hook: before freeze",
            "MicroPython: froze 3 modules",
            "hook: after freeze",
            "hook: appended step");
    }

    [TestMethod]
    public void TheCustomBeforeAndAfterFilesAreImported()
    {
        var sample = SampleProject.CopyOf("SingleTarget");
        var imports = new[] { "CustomBeforeMicroPythonSdkProps", "CustomAfterMicroPythonSdkProps", "CustomBeforeMicroPythonSdkTargets", "CustomAfterMicroPythonSdkTargets" };
        var args = new List<string>();
        foreach (var name in imports)
        {
            sample.WriteFile(name + ".proj", $"<Project><PropertyGroup><Imported>$(Imported);{name}</Imported></PropertyGroup></Project>");
            args.Add($"-p:{name}={sample.PathOf(name + ".proj")}");
        }

        var result = sample.Run("msbuild", [.. args, "-getProperty:Imported"]);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, ";" + string.Join(';', imports), result.ToString());
    }

    private static void AssertInOrder(DotNet.Result result, params string[] lines)
    {
        var at = 0;
        foreach (var line in lines)
        {
            var next = result.Output.IndexOf(line, at, StringComparison.Ordinal);
            Assert.IsTrue(next >= 0, $"'{line}' is missing or out of order:\n{result}");
            at = next + line.Length;
        }
    }
}
