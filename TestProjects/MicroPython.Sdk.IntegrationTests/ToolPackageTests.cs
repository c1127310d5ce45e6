using System.Diagnostics;
using MicroPython.TestSupport;

namespace MicroPython.Sdk.IntegrationTests;

/// <summary>
/// The <c>mpy</c> tool as a .NET tool: packed from <c>Tasks/MicroPython.Cli</c> into the test feed,
/// installed with <c>dotnet tool install --tool-path</c> as a user would, and run from there.
/// </summary>
[TestClass]
public sealed class ToolPackageTests
{
    private const string PackageId = "MicroPython.Cli";

    // The installed command is an app host: it finds the runtime through DOTNET_ROOT, set to the
    // installation whose runtime runs these tests (…/shared/Microsoft.NETCore.App/VERSION/).
    private static readonly string DotNetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));

    private static string? toolPath;

    private static string Mpy => Path.Combine(toolPath ?? throw new InvalidOperationException("the tool was not installed"), "mpy");

    [ClassInitialize]
    public static void PackAndInstall(TestContext context)
    {
        var pack = DotNet.Run(
            Paths.RepoRoot,
            new Dictionary<string, string>(),
            "pack", Path.Combine(Paths.RepoRoot, "Tasks", "MicroPython.Cli", "MicroPython.Cli.csproj"), "-c", "Release", "-o", SdkPackage.Feed, "--nologo", "-v", "quiet");
        Assert.AreEqual(0, pack.ExitCode, "packing the mpy tool failed:\n" + pack);
        Assert.IsTrue(File.Exists(Path.Combine(SdkPackage.Feed, $"{PackageId}.{SdkPackage.Version}.nupkg")), "no tool package in " + SdkPackage.Feed);

        // A folder whose NuGet.config names no source: the tool comes from the feed given on the
        // command line, never from a package of the same name elsewhere.
        var work = Directory.CreateDirectory(Path.Combine(SdkPackage.Root, "tool")).FullName;
        File.WriteAllText(Path.Combine(work, "NuGet.config"), """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
              </packageSources>
            </configuration>
            """);
        toolPath = Path.Combine(work, "bin");
        var install = DotNet.Run(work, SdkPackage.Environment, "tool", "install", "--tool-path", toolPath, "--add-source", SdkPackage.Feed, PackageId, "--version", SdkPackage.Version);
        Assert.AreEqual(0, install.ExitCode, "dotnet tool install failed:\n" + install);
    }

    [TestMethod]
    public void TheInstalledToolPrintsItsVersion()
    {
        var version = Run(Paths.RepoRoot, "--version");
        Assert.AreEqual(0, version.ExitCode, version.ToString());
        StringAssert.StartsWith(version.Output, SdkPackage.Version, version.ToString());

        var compilerVersion = Run(Paths.RepoRoot, "compile", "--version");
        Assert.AreEqual(0, compilerVersion.ExitCode, compilerVersion.ToString());
        StringAssert.StartsWith(compilerVersion.Output, "MicroPython v1.28.0; mpy-cross emitting mpy v6.3", compilerVersion.ToString());
    }

    [TestMethod]
    public void TheInstalledToolCompilesAsMpyCrossDoes()
    {
        var work = Directory.CreateTempSubdirectory("mpy-tool-").FullName;
        try
        {
            File.Copy(Paths.CorpusDir("py", "syntax_tabs.py"), Path.Combine(work, "module.py"));

            var ours = Run(work, "compile", "-o", "ours.mpy", "module.py");
            var theirs = Process(Paths.ReferenceMpyCross, work, "-o", "theirs.mpy", "module.py");

            Assert.AreEqual(0, ours.ExitCode, ours.ToString());
            Assert.AreEqual(0, theirs.ExitCode, theirs.ToString());
            CollectionAssert.AreEqual(File.ReadAllBytes(Path.Combine(work, "theirs.mpy")), File.ReadAllBytes(Path.Combine(work, "ours.mpy")));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [TestMethod]
    public void TheInstalledToolExplainsEveryVerb()
    {
        var help = Run(Paths.RepoRoot, "--help");

        Assert.AreEqual(0, help.ExitCode, help.ToString());
        foreach (var verb in new[] { "compile", "dump", "freeze", "makemanifest", "run" })
        {
            StringAssert.Contains(help.Output, "\n  " + verb + " ", help.ToString());
            var verbHelp = Run(Paths.RepoRoot, verb, "--help");
            Assert.AreEqual(0, verbHelp.ExitCode, verbHelp.ToString());
            StringAssert.Contains(verbHelp.Output.ToLowerInvariant(), "usage:", verbHelp.ToString());
        }
    }

    private static DotNet.Result Run(string workingDirectory, params string[] args) => Process(Mpy, workingDirectory, args);

    private static DotNet.Result Process(string fileName, string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.Environment["DOTNET_ROOT"] = DotNetRoot;
        foreach (var arg in args)
        {
            psi.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish in 2 minutes");
        }

        return new DotNet.Result(process.ExitCode, stdout.Result + stderr.Result);
    }
}
