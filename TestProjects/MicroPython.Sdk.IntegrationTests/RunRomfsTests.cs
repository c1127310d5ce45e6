using MicroPython.Bytecode.Romfs;

namespace MicroPython.Sdk.IntegrationTests;

/// <summary><c>dotnet run</c> of a board built with a ROMFS image mounts the image at <c>/rom</c>, as v1.28.0 firmware with a ROMFS partition does.</summary>
[TestClass]
public sealed class RunRomfsTests
{
    [TestMethod]
    public void AModuleOnlyInTheImageImportsFromRom()
    {
        var sample = SampleProject.CopyOf("MultiTarget");
        sample.AddItems("""
            <MicroPythonTarget Update="rp2" Romfs="true" RomfsBytes="65536" />
                <MicroPythonFile Include="rom/**" BasePath="rom" />
            """);
        sample.WriteFile("rom/lib/extras.py", "print('extras from', __file__)\n");
        sample.WriteFile("boot/boot.py", "import sys\nprint(sys.path)\nimport extras\n");

        var result = sample.Run("run", "-p:MicroPythonTarget=rp2");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsInstanceOfType<RomfsFile>(RomfsImage.ReadFile(sample.PathOf("bin/Debug/rp2/romfs.img")).Find("lib/extras.py"), "the module is not in the image");
        Assert.IsFalse(File.ReadAllText(sample.PathOf("bin/Debug/rp2/image.json")).Contains("extras.py", StringComparison.Ordinal), "the module is frozen too");
        StringAssert.Contains(
            result.Output,
            "['', '.frozen', '/rom', '/rom/lib', '/lib']\nextras from /rom/lib/extras.py\n2 ['-8.0 C (freezing)', '25.0 C']\nmean 8.5 C\nthird 0.33333334\n",
            result.ToString());
    }
}
