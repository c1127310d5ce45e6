using System.Diagnostics;
using MicroPython.TestSupport;

namespace MicroPython.Sdk.IntegrationTests;

/// <summary><c>dotnet run</c> of a firmware project builds it, then boots one board's image in the SDK's runner.</summary>
[TestClass]
public sealed class RunTests
{
    private const string Readings = "2 ['-8.0 C (freezing)', '25.0 C']\nmean 8.5 C\n";

    [TestMethod]
    public void TheFirstBoardBootsByDefaultAndPrintsWhatTheUnixPortPrints()
    {
        var sample = SampleProject.CopyOf("MultiTarget");

        var result = sample.Run("run");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var expected = Readings + "third 0.3333333333333333\n";
        StringAssert.EndsWith(result.Output, expected, result.ToString());
        Assert.AreEqual(expected, UnixPortOutput(sample), "the real unix port prints something else for the same modules");
        Assert.IsTrue(File.Exists(sample.PathOf("bin/Debug/unix/image.json")), "no image description for unix");
    }

    [TestMethod]
    public void ABoardWithSingleFloatsBootsWithThem()
    {
        var sample = SampleProject.CopyOf("MultiTarget");

        var result = sample.Run("run", "-p:MicroPythonTarget=rp2");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.EndsWith(result.Output, Readings + "third 0.33333334\n", result.ToString());
    }

    [TestMethod]
    public void ABoardTheProjectDoesNotBuildIsAClearError()
    {
        var sample = SampleProject.CopyOf("MultiTarget");

        var result = sample.Run("run", "-p:MicroPythonTarget=esp32");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, "error MPY3001: MicroPythonTarget 'esp32' is not one of this project's boards (unix, rp2)", result.ToString());
    }

    // The reference VM running the sample's sources, with the library's package on its path.
    private static string UnixPortOutput(SampleProject sample)
    {
        var psi = new ProcessStartInfo(Paths.ReferenceMicroPython, ["main.py"])
        {
            WorkingDirectory = sample.PathOf("src"),
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        psi.Environment["MICROPYPATH"] = Path.Combine(SampleProject.SamplesRoot, "SensorLibrary");
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
