using System.IO.Compression;
using MicroPython.Bytecode;
using MicroPython.Compiler;

namespace MicroPython.Sdk.IntegrationTests;

/// <summary>NuGet packages carrying MicroPython modules (<c>micropython/micropython&lt;version&gt;/</c>) join the build.</summary>
[TestClass]
public sealed class PackageTests
{
    [TestMethod]
    public void APackageModuleFromTheNearestCompatibleFolderIsCompiledLikeTheProjectsOwn()
    {
        const string Fits = "def read():\n    return 128\n";
        Publish("Demo.Sensors", ("micropython/micropython1.27/sensorlib/__init__.py", "def read():\n    return 127\n"), ("micropython/micropython1.28/sensorlib/__init__.py", Fits), ("micropython/micropython1.30/sensorlib/__init__.py", "def read():\n    return 130\n"));
        var sample = Consumer("Demo.Sensors");

        var result = sample.Build();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var expected = MpyWriter.Write(MpyCompiler.Compile(Fits, "sensorlib/__init__.py", new CompilerOptions()));
        CollectionAssert.AreEqual(expected, File.ReadAllBytes(sample.PathOf("bin/Debug/rp2/sensorlib/__init__.mpy")));
    }

    [TestMethod]
    public void APackageForANewerMicroPythonOnlyIsABuildError()
    {
        Publish("Demo.Future", ("micropython/micropython1.30/future.py", "x = 1\n"));
        var sample = Consumer("Demo.Future");

        var result = sample.Build();

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, "error MPY3007: package Demo.Future 1.0.0 has no MicroPython code for micropython1.28 or older (it has micropython1.30)", result.ToString());
    }

    private static SampleProject Consumer(string packageId)
    {
        var sample = SampleProject.CopyOf("SingleTarget");
        File.WriteAllText(sample.ProjectFile, File.ReadAllText(sample.ProjectFile).Replace("</Project>", $"  <ItemGroup><PackageReference Include=\"{packageId}\" Version=\"1.0.0\" /></ItemGroup>\n</Project>"));
        return sample;
    }

    // A package as a library project of this SDK would pack it: a nuspec and the modules.
    private static void Publish(string id, params (string Path, string Text)[] files)
    {
        var package = Path.Combine(SdkPackage.Feed, $"{id}.1.0.0.nupkg");
        if (File.Exists(package))
        {
            return;
        }

        using var zip = ZipFile.Open(package, ZipArchiveMode.Create);
        Write(zip, id + ".nuspec", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
              <metadata>
                <id>{id}</id>
                <version>1.0.0</version>
                <authors>tests</authors>
                <description>MicroPython modules for the integration tests.</description>
              </metadata>
            </package>
            """);
        foreach (var (path, text) in files)
        {
            Write(zip, path, text);
        }
    }

    private static void Write(ZipArchive zip, string path, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(path).Open());
        writer.Write(text);
    }
}
