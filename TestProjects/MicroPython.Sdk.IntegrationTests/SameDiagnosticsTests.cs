using System.Diagnostics;
using System.Text.RegularExpressions;

namespace MicroPython.Sdk.IntegrationTests;

/// <summary>
/// The same inputs through <c>dotnet build</c> and through <c>mpy makemanifest</c> / <c>mpy freeze</c>
/// get the same diagnostics — code, message and place — since both plan with the same library call.
/// </summary>
[TestClass]
public sealed partial class SameDiagnosticsTests
{
    [TestMethod]
    [DataRow("duplicate", "freeze('../extra', 'lib/blink.py')\n", "error MPY2101")]
    [DataRow("shadowed", "freeze('../extra', 'blinker.py')\nfreeze('../extra', 'blinker/__init__.py')\n", "warning MPY2103")]
    [DataRow("missing", "module('nowhere.py')\n", "error MPY2003")]
    public void MakeManifestAndDotnetBuildAgree(string name, string manifest, string expected)
    {
        var sample = SampleProject.CopyOf("SingleTarget");
        WriteExtraModules(sample);
        File.WriteAllText(sample.PathOf("board/manifest.py"), "freeze('..', 'lib/blink.py')\n" + manifest);
        sample.AddItems("<MicroPythonManifest Include=\"board/manifest.py\" /><MicroPythonModule Remove=\"extra/**\" />");

        var build = Diagnostics(sample.Build().Output);
        var cli = Mpy(
            sample.Directory,
            "makemanifest", "-o", sample.PathOf("cli/frozen_content.c"), "-b", sample.PathOf("cli"),
            "-q", Path.Combine(SampleProject.SamplesRoot, "MultiTarget", "ports", "unix", "qstrdefs.preprocessed.h"),
            "board/manifest.py");

        Assert.IsTrue(build.Any(d => d.Contains(expected, StringComparison.Ordinal)), $"{name}: dotnet build did not report {expected}:\n{string.Join('\n', build)}");
        CollectionAssert.AreEqual(build, cli, $"{name}:\ndotnet build:\n{string.Join('\n', build)}\nmpy makemanifest:\n{string.Join('\n', cli)}");
    }

    [TestMethod]
    public void MpyFreezeAndDotnetBuildAgree()
    {
        var sample = SampleProject.CopyOf("SingleTarget");
        WriteExtraModules(sample);
        File.WriteAllBytes(sample.PathOf("extra/blinker.mpy"), [0x4d, 6, 0, 31]);

        // A module shadowed by a package, a missing file, and one module name twice (a .mpy sorts,
        // and here comes, before the .py).
        sample.AddItems("<MicroPythonModule Remove=\"@(MicroPythonModule)\" /><MicroPythonModule Include=\"extra/blinker.py;extra/blinker/__init__.py;extra/gone.py\" BasePath=\"extra\" /><MicroPythonMpy Include=\"extra/blinker.mpy\" BasePath=\"extra\" />");

        var build = Diagnostics(sample.Build().Output);
        var cli = Mpy(sample.Directory, "freeze", "-o", sample.PathOf("cli/frozen_content.c"), "--base", "extra", "extra/blinker.mpy", "extra/blinker.py", "extra/blinker/__init__.py", "extra/gone.py");

        CollectionAssert.AreEquivalent(build, cli, $"dotnet build:\n{string.Join('\n', build)}\nmpy freeze:\n{string.Join('\n', cli)}");
        Assert.AreEqual(3, build.Count, string.Join('\n', build));
    }

    private static void WriteExtraModules(SampleProject sample)
    {
        Directory.CreateDirectory(sample.PathOf("extra/lib"));
        Directory.CreateDirectory(sample.PathOf("extra/blinker"));
        Directory.CreateDirectory(sample.PathOf("board"));
        File.WriteAllText(sample.PathOf("extra/lib/blink.py"), "RATE = 2\n");
        File.WriteAllText(sample.PathOf("extra/blinker.py"), "RATE = 3\n");
        File.WriteAllText(sample.PathOf("extra/blinker/__init__.py"), "RATE = 4\n");
    }

    // MSBuild prints each diagnostic once as it happens and again in the closing summary, with the
    // project in brackets at the end, and a file without a line as "FILE : error" where the tool
    // writes "FILE: error".
    private static List<string> Diagnostics(string output) =>
        [.. output.Split('\n')
            .Select(line => ProjectSuffix().Replace(line.Trim(), "").Replace(" : error ", ": error ", StringComparison.Ordinal).Replace(" : warning ", ": warning ", StringComparison.Ordinal))
            .Where(line => DiagnosticLine().IsMatch(line))
            .Distinct()];

    private static List<string> Mpy(string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardError = true, RedirectStandardOutput = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mpy.dll"));
        foreach (var arg in args)
        {
            psi.ArgumentList.Add(arg);
        }

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        Assert.IsTrue(process.WaitForExit(TimeSpan.FromMinutes(2)), "mpy did not finish");
        _ = stdout.Result;
        return Diagnostics(stderr);
    }

    [GeneratedRegex(@"\s+\[[^\]]*\]$")]
    private static partial Regex ProjectSuffix();

    [GeneratedRegex(@": (error|warning) MPY\d{4}: ")]
    private static partial Regex DiagnosticLine();
}
