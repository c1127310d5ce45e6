using System.IO.Compression;
using MicroPython.TestSupport;

namespace MicroPython.Sdk.IntegrationTests;

/// <summary>
/// The <c>dotnet new</c> templates: MicroPython.Templates packed into the test feed, installed into
/// a .NET CLI home of its own (so the user's templates are neither used nor touched), instantiated
/// and built against the packed SDK as a user would.
/// </summary>
[TestClass]
public sealed class TemplateTests
{
    private const string PackageId = "MicroPython.Templates";

    private static string CliHome => Path.Combine(SdkPackage.Root, "templates-home");

    private static Dictionary<string, string> Environment => new(SdkPackage.Environment)
    {
        ["DOTNET_CLI_HOME"] = CliHome,
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
    };

    [ClassInitialize]
    public static void PackAndInstall(TestContext context)
    {
        var pack = DotNet.Run(
            Paths.RepoRoot,
            new Dictionary<string, string>(),
            "pack", Path.Combine(Paths.RepoRoot, "Templates", PackageId, PackageId + ".csproj"), "-c", "Release", "-o", SdkPackage.Feed, "--nologo", "-v", "quiet");
        Assert.AreEqual(0, pack.ExitCode, "packing the templates failed:\n" + pack);
        var package = Path.Combine(SdkPackage.Feed, $"{PackageId}.{SdkPackage.Version}.nupkg");
        Assert.IsTrue(File.Exists(package), "no template package in " + SdkPackage.Feed);

        Directory.CreateDirectory(CliHome);
        var install = DotNet.Run(SdkPackage.Root, Environment, "new", "install", package);
        Assert.AreEqual(0, install.ExitCode, "dotnet new install failed:\n" + install);
    }

    [TestMethod]
    public void TheFirmwareTemplateUsesThisSdkAndTheDefaultBoards()
    {
        var workspace = Workspace();

        var project = New(workspace, "micropython-firmware", "Blinky");

        var text = File.ReadAllText(Path.Combine(project, "Blinky.csproj"));
        StringAssert.StartsWith(text, $"<Project Sdk=\"MicroPython.Sdk/{SdkPackage.Version}\">");
        StringAssert.Contains(text, "<MicroPythonTargets>unix;rp2</MicroPythonTargets>");
        StringAssert.Contains(text, "<TargetFramework>micropython1.28</TargetFramework>");
        foreach (var file in new[] { "main.py", "boot.py", "tests/test_main.py" })
        {
            Assert.IsTrue(File.Exists(Path.Combine(project, file)), file);
        }
    }

    [TestMethod]
    public void AFirmwareProjectFromTheTemplateBuildsForTheBoardsItWasGiven()
    {
        var workspace = Workspace();
        var project = New(workspace, "micropython-firmware", "Blinky", "--boards", "unix;esp32");

        var build = Build(project, "build");

        Assert.AreEqual(0, build.ExitCode, build.ToString());
        Assert.IsFalse(build.Output.Contains(": warning ", StringComparison.Ordinal), "restore or build warned:\n" + build);
        foreach (var board in new[] { "unix", "esp32" })
        {
            var output = Path.Combine(project, "bin", "Debug", board);
            foreach (var file in new[] { "main.mpy", "boot.mpy", "frozen_content.c", "build-summary.txt" })
            {
                Assert.IsTrue(File.Exists(Path.Combine(output, file)), $"{board}/{file}");
            }

            var frozen = File.ReadAllText(Path.Combine(output, "frozen_content.c"));
            StringAssert.Contains(frozen, "\"main.py\\0\"", board);
            StringAssert.Contains(frozen, "\"boot.py\\0\"", board);
            Assert.IsFalse(frozen.Contains("test_main", StringComparison.Ordinal), "the tests were frozen into the firmware for " + board);
        }

        Assert.IsFalse(Directory.Exists(Path.Combine(project, "bin", "Debug", "rp2")), "a board that was not asked for was built");
    }

    [TestMethod]
    public void ALibraryFromTheTemplatePacksItsPackageAndAFirmwareProjectFreezesIt()
    {
        var workspace = Workspace();
        var library = New(workspace, "micropython-lib", "Acme.Filters", "--authors", "Acme");
        var feed = Path.Combine(workspace, "feed");

        var pack = Build(library, "pack", "-o", feed);

        Assert.AreEqual(0, pack.ExitCode, pack.ToString());
        using (var package = ZipFile.OpenRead(Path.Combine(feed, "Acme.Filters.1.0.0.nupkg")))
        {
            var names = package.Entries.Select(e => e.FullName).ToList();
            CollectionAssert.Contains(names, "lib/micropython1.28/acme_filters/__init__.py", string.Join(", ", names));
            Assert.IsFalse(names.Any(n => n.EndsWith(".dll", StringComparison.Ordinal)), string.Join(", ", names));
        }

        var firmware = New(workspace, "micropython-firmware", "App", "--boards", "unix");
        var projectFile = Path.Combine(firmware, "App.csproj");
        File.WriteAllText(projectFile, File.ReadAllText(projectFile).Replace("</Project>", "  <ItemGroup><PackageReference Include=\"Acme.Filters\" Version=\"1.0.0\" /></ItemGroup>\n</Project>", StringComparison.Ordinal));
        WriteNuGetConfig(workspace, SdkPackage.Feed, feed);

        var build = Build(firmware, "build");

        Assert.AreEqual(0, build.ExitCode, build.ToString());
        Assert.IsTrue(File.Exists(Path.Combine(firmware, "bin", "Debug", "unix", "acme_filters", "__init__.mpy")), build.ToString());
        StringAssert.Contains(File.ReadAllText(Path.Combine(firmware, "bin", "Debug", "unix", "frozen_content.c")), "\"acme_filters/__init__.py\\0\"");
    }

    // A folder outside the repository whose NuGet.config names the test feed (with the packed SDK).
    // The templates' projects name the SDK's version themselves: no global.json is needed.
    private static string Workspace()
    {
        var workspace = Directory.CreateDirectory(Path.Combine(SdkPackage.Root, "work", "t" + Guid.NewGuid().ToString("N")[..8])).FullName;
        WriteNuGetConfig(workspace, SdkPackage.Feed);
        return workspace;
    }

    private static void WriteNuGetConfig(string workspace, params string[] feeds) =>
        File.WriteAllText(Path.Combine(workspace, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
            {string.Concat(feeds.Select((feed, i) => $"    <add key=\"feed{i}\" value=\"{feed}\" />\n"))}  </packageSources>
            </configuration>
            """);

    private static string New(string workspace, string template, string name, params string[] options)
    {
        var result = DotNet.Run(workspace, Environment, ["new", template, "-o", name, "--no-update-check", .. options]);
        Assert.AreEqual(0, result.ExitCode, $"dotnet new {template} failed:\n{result}");
        return Path.Combine(workspace, name);
    }

    private static DotNet.Result Build(string project, string verb, params string[] args) =>
        DotNet.Run(project, Environment, [verb, "--nologo", .. args]);
}
