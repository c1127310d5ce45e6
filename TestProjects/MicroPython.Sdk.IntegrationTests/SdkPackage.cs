using System.Xml.Linq;
using MicroPython.TestSupport;

namespace MicroPython.Sdk.IntegrationTests;

/// <summary>
/// The SDK packed once per test run into a feed of its own, and a NuGet cache of its own so no
/// package of the same version from an earlier run is used instead.
/// </summary>
[TestClass]
public static class SdkPackage
{
    private static string? root;

    /// <summary>The folder holding the feed, the package cache and the copies of the samples.</summary>
    public static string Root => root ?? throw new InvalidOperationException("the SDK was not packed");

    public static string Feed => Path.Combine(Root, "feed");

    public static string PackagesFolder => Path.Combine(Root, "packages");

    public static string Version { get; } =
        XDocument.Load(Path.Combine(Paths.RepoRoot, "eng", "Versions.props")).Descendants("MicroPythonSdkVersion").Single().Value;

    public static IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesFolder };

    [AssemblyInitialize]
    public static void Pack(TestContext context)
    {
        root = Directory.CreateTempSubdirectory("mpy-sdk-it-").FullName;
        // Packing restores the task assembly's build-time packages: from the user's cache, not ours.
        var result = DotNet.Run(
            Paths.RepoRoot,
            new Dictionary<string, string>(),
            "pack", Path.Combine(Paths.RepoRoot, "Sdk", "MicroPython.Sdk.csproj"), "-c", "Release", "-o", Feed, "--nologo", "-v", "quiet");
        Assert.AreEqual(0, result.ExitCode, "packing the SDK failed:\n" + result);
        Assert.IsTrue(File.Exists(Path.Combine(Feed, $"MicroPython.Sdk.{Version}.nupkg")), "no package in " + Feed);
        SensorLibraryPackage.Pack();
    }

    [AssemblyCleanup]
    public static void Delete()
    {
        if (root is not null)
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
