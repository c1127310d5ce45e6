using System.IO.Compression;
using System.Xml.Linq;
using MicroPython.Bytecode;
using MicroPython.Compiler;
using MicroPython.TestSupport;

namespace MicroPython.Sdk.IntegrationTests;

/// <summary>
/// NuGet packages carrying MicroPython modules under <c>lib/micropython&lt;version&gt;/</c>: packed from
/// a library project, restored without NuGet errors, the nearest folder chosen, their modules built
/// like the project's own, and packages the firmware could not use refused at build time.
/// </summary>
[TestClass]
public sealed class PackageTests
{
    private const string Folder = "lib/micropython1.28/";

    [TestMethod]
    public void ALibraryProjectPacksItsModulesUnderItsFrameworkFolderAndNoAssembly()
    {
        using var package = ZipFile.OpenRead(SensorLibraryPackage.File);

        var content = package.Entries.Select(e => e.FullName).Where(name => !IsPackagingPart(name)).Order(StringComparer.Ordinal).ToList();
        CollectionAssert.AreEqual(
            new[] { "SensorLibrary.nuspec", Folder + "sensors/__init__.py", Folder + "sensors/filters.py", Folder + "sensors/tmp36.py" },
            content,
            string.Join(", ", content));
        foreach (var module in new[] { "__init__", "filters", "tmp36" })
        {
            using var reader = new StreamReader(package.GetEntry($"{Folder}sensors/{module}.py")!.Open());
            Assert.AreEqual(File.ReadAllText(Path.Combine(SampleProject.SamplesRoot, "SensorLibrary", "sensors", module + ".py")), reader.ReadToEnd(), module);
        }

        using var nuspec = package.GetEntry("SensorLibrary.nuspec")!.Open();
        var metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Field(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        Assert.AreEqual("SensorLibrary", Field("id"));
        Assert.AreEqual(SensorLibraryPackage.Version, Field("version"));
        Assert.AreEqual("MicroPython.Sdk samples", Field("authors"));
        StringAssert.StartsWith(Field("description"), "Drivers for the demo board's sensors");
    }

    [TestMethod]
    public void AnAppFreezesThePackagesModulesCompiledLikeItsOwn()
    {
        var app = SampleProject.CopyOf("SensorApp");

        var result = app.Build();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsFalse(result.Output.Contains(": warning ", StringComparison.Ordinal), "restore or build warned:\n" + result);
        var frozen = File.ReadAllText(app.PathOf("bin/Debug/unix/frozen_content.c"));
        foreach (var module in new[] { "sensors/__init__.py", "sensors/filters.py", "sensors/tmp36.py" })
        {
            var source = File.ReadAllText(Path.Combine(SampleProject.SamplesRoot, "SensorLibrary", module));
            var expected = MpyWriter.Write(MpyCompiler.Compile(source, module, new CompilerOptions { SmallIntBits = 31 }));
            CollectionAssert.AreEqual(expected, File.ReadAllBytes(app.PathOf("bin/Debug/unix/" + Path.ChangeExtension(module, ".mpy"))), module);
            StringAssert.Contains(frozen, $"\"{module}\\0\"", module);
        }

        StringAssert.Contains(File.ReadAllText(app.PathOf("bin/Debug/unix/build-summary.txt")), "modules frozen as bytecode: 4\n");
    }

    [TestMethod]
    public void PackageModulesLastUntilTheNextRestoreChangesThem()
    {
        var app = SampleProject.CopyOf("SensorApp");
        Assert.AreEqual(0, app.Build().ExitCode);

        // Resolved once per restore: a rebuild takes them from obj/ without resolving again.
        var rebuild = app.Build("-v:n");
        Assert.AreEqual(0, rebuild.ExitCode, rebuild.ToString());
        StringAssert.Contains(File.ReadAllText(app.PathOf("bin/Debug/unix/build-summary.txt")), "modules frozen as bytecode: 4\n", rebuild.ToString());

        File.WriteAllText(app.ProjectFile, File.ReadAllText(app.ProjectFile).Replace("<PackageReference Include=\"SensorLibrary\" Version=\"1.0.0\" />", "", StringComparison.Ordinal));
        var without = app.Build();

        Assert.AreEqual(0, without.ExitCode, without.ToString());
        Assert.IsFalse(File.Exists(app.PathOf("bin/Debug/unix/sensors/tmp36.mpy")), "a module of a removed package is still built");
        StringAssert.Contains(File.ReadAllText(app.PathOf("bin/Debug/unix/build-summary.txt")), "modules frozen as bytecode: 1\n");
    }

    [TestMethod]
    public void OfAPackagesFoldersTheNearestNotNewerThanTheProjectIsUsed()
    {
        const string Fits = "def read():\n    return 128\n";
        Publish("Demo.Sensors", (Folder.Replace("1.28", "1.27") + "sensorlib/__init__.py", "def read():\n    return 127\n"), (Folder + "sensorlib/__init__.py", Fits), (Folder.Replace("1.28", "1.30") + "sensorlib/__init__.py", "def read():\n    return 130\n"), ("lib/net8.0/_._", ""));
        var sample = Consumer("Demo.Sensors");

        var result = sample.Build();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsFalse(result.Output.Contains(": warning ", StringComparison.Ordinal), "restore or build warned:\n" + result);
        var expected = MpyWriter.Write(MpyCompiler.Compile(Fits, "sensorlib/__init__.py", new CompilerOptions()));
        CollectionAssert.AreEqual(expected, File.ReadAllBytes(sample.PathOf("bin/Debug/rp2/sensorlib/__init__.mpy")));
    }

    [TestMethod]
    public void APackageForANewerMicroPythonOnlyIsAnMpyErrorNotANuGetOne()
    {
        Publish("Demo.Future", ("lib/micropython1.30/future.py", "x = 1\n"), ("lib/micropython1.29/future.py", "x = 1\n"));
        var sample = Consumer("Demo.Future");

        var result = sample.Build();

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, "error MPY3007: package Demo.Future 1.0.0 has no MicroPython code for micropython1.28 or older (it has micropython1.29, micropython1.30): use a version of the package made for micropython1.28", result.ToString());
        Assert.IsFalse(result.Output.Contains("NU1202", StringComparison.Ordinal), result.ToString());
    }

    [TestMethod]
    [DataRow("Demo.Wide", "compiled for 63-bit small ints and target 'rp2' has 31")]
    [DataRow("Demo.OldFormat", "this .mpy has format version 5 and MicroPython 1.28 loads only version 6")]
    public void APackagedMpyTheTargetWouldRefuseIsABuildError(string id, string reason)
    {
        var wide = File.ReadAllBytes(Paths.CorpusDir("mpy", "int63", "async_basic.mpy"));
        var mpy = id == "Demo.Wide" ? wide : [.. wide[..1], 5, .. wide[2..]];
        Publish(id, (Folder + "prebuilt.mpy", mpy));
        var sample = Consumer(id);

        var result = sample.Build();

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, $"prebuilt.mpy : error MPY3005: ", result.ToString());
        StringAssert.Contains(result.Output, reason, result.ToString());
        Assert.IsFalse(result.Output.Contains("   at ", StringComparison.Ordinal), "a stack trace leaked:\n" + result);
    }

    [TestMethod]
    [DataRow("{", "NuGet's restore output cannot be used (")]
    [DataRow("""{"version": 3, "targets": {}, "libraries": {}, "packageFolders": {}}""", "NuGet's restore output cannot be used (it has no restore graph for micropython1.28): run dotnet restore")]
    [DataRow("""{"version": 3, "targets": {"MicroPython,Version=v1.28": {"A/1.0.0": {"type": "package"}}}, "packageFolders": {}}""", "NuGet's restore output cannot be used ('libraries' is missing): run dotnet restore")]
    [DataRow("""{"version": 3, "targets": {"MicroPython,Version=v1.28": {"A/1.0.0": {"type": "package"}}}, "libraries": {"A/1.0.0": {"type": "package"}}, "packageFolders": {}}""", "NuGet's restore output cannot be used ('libraries.A/1.0.0.path' is missing): run dotnet restore")]
    public void ABrokenAssetsFileIsAClearError(string json, string message)
    {
        var sample = SampleProject.CopyOf("SingleTarget");
        Assert.AreEqual(0, sample.Run("restore").ExitCode);
        var assets = sample.PathOf("obj/project.assets.json");
        File.WriteAllText(assets, json);

        var result = sample.Build("--no-restore");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, assets + " : error MPY3009: " + message, result.ToString());
        Assert.IsFalse(result.Output.Contains("   at ", StringComparison.Ordinal), "a stack trace leaked:\n" + result);
    }

    private static bool IsPackagingPart(string name) =>
        name.StartsWith("_rels/", StringComparison.Ordinal) || name.StartsWith("package/", StringComparison.Ordinal) || name == "[Content_Types].xml";

    private static SampleProject Consumer(string packageId)
    {
        var sample = SampleProject.CopyOf("SingleTarget");
        File.WriteAllText(sample.ProjectFile, File.ReadAllText(sample.ProjectFile).Replace("</Project>", $"  <ItemGroup><PackageReference Include=\"{packageId}\" Version=\"1.0.0\" /></ItemGroup>\n</Project>"));
        return sample;
    }

    // A package as another tool might make it: a nuspec and the files, in any folders.
    private static void Publish(string id, params (string Path, string Text)[] files) =>
        Publish(id, [.. files.Select(f => (f.Path, System.Text.Encoding.UTF8.GetBytes(f.Text)))]);

    private static void Publish(string id, params (string Path, byte[] Data)[] files)
    {
        var package = Path.Combine(SdkPackage.Feed, $"{id}.1.0.0.nupkg");
        if (File.Exists(package))
        {
            return;
        }

        using var zip = ZipFile.Open(package, ZipArchiveMode.Create);
        Write(zip, id + ".nuspec", System.Text.Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" encoding="utf-8"?>
            <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
              <metadata>
                <id>{id}</id>
                <version>1.0.0</version>
                <authors>tests</authors>
                <description>MicroPython modules for the integration tests.</description>
              </metadata>
            </package>
            """));
        foreach (var (path, data) in files)
        {
            Write(zip, path, data);
        }
    }

    private static void Write(ZipArchive zip, string path, byte[] data)
    {
        using var stream = zip.CreateEntry(path).Open();
        stream.Write(data);
    }
}
