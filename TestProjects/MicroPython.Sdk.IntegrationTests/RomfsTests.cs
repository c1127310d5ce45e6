using System.Diagnostics;
using MicroPython.Bytecode.Romfs;
using MicroPython.TestSupport;

namespace MicroPython.Sdk.IntegrationTests;

/// <summary>
/// <c>romfs.img</c> per board (<c>MicroPythonRomfs</c>, target metadata <c>Romfs</c>): what it holds,
/// that the real v1.28.0 unix port mounts it and runs the sample from it, the partition check and
/// incremental rebuilds.
/// </summary>
[TestClass]
public sealed class RomfsTests
{
    private const string RomfsItems = """
        <MicroPythonTarget Update="unix" Romfs="true" />
            <MicroPythonFile Include="web/**" />
        """;

    [TestMethod]
    public void TheImageHoldsTheBoardsModulesAndDataFilesAndTheRealVmRunsIt()
    {
        var sample = SampleProject.CopyOf("MultiTarget");
        sample.AddItems(RomfsItems);
        WriteDataFile(sample, "web/index.html", "<h1>served from /rom</h1>\n");

        var result = sample.Build();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsFalse(File.Exists(sample.PathOf("bin/Debug/rp2/romfs.img")), "rp2 did not ask for an image");
        var image = RomfsImage.ReadFile(sample.PathOf("bin/Debug/unix/romfs.img"));
        foreach (var module in new[] { "main.mpy", "app/__init__.mpy", "app/scheduler.mpy", "drivers/thermo.mpy", "sensors/__init__.mpy" })
        {
            var file = image.Find(module) as RomfsFile;
            Assert.IsNotNull(file, module + " is not in the image");
            CollectionAssert.AreEqual(File.ReadAllBytes(sample.PathOf("bin/Debug/unix/" + module)), image.Content(file).ToArray(), module);
        }

        Assert.IsInstanceOfType<RomfsFile>(image.Find("boot.py"), "string-frozen modules go in as source");
        Assert.AreEqual("<h1>served from /rom</h1>\n", System.Text.Encoding.UTF8.GetString(image.Content((RomfsFile)image.Find("web/index.html")!).Span));

        // The board's firmware mounts the image at /rom and imports from it; the same modules run
        // from the .mpy tree print the same.
        var fromRom = RunReferenceVm(sample.PathOf("bin/Debug/unix/romfs.img"), """
            import sys, vfs
            with open(IMAGE, "rb") as f:
                vfs.mount(vfs.VfsRom(f.read()), "/rom")
            sys.path.insert(0, "/rom")
            import main
            print(main.__file__)
            print(open("/rom/web/index.html").read(), end="")
            """);
        var fromTree = RunReferenceVm(sample.PathOf("bin/Debug/unix/romfs.img"), $"""
            import sys
            sys.path.insert(0, "{sample.PathOf("bin/Debug/unix")}")
            import main
            """);
        Assert.AreEqual(0, fromRom.ExitCode, fromRom.Output);
        Assert.AreEqual(0, fromTree.ExitCode, fromTree.Output);
        StringAssert.StartsWith(fromRom.Output, fromTree.Output);
        StringAssert.Contains(fromTree.Output, "mean ");
        Assert.AreEqual("/rom/main.mpy\n<h1>served from /rom</h1>\n", fromRom.Output[fromTree.Output.Length..]);
    }

    [TestMethod]
    public void RebuildsFollowDataFilesAndSkipWhenNothingChanged()
    {
        var sample = SampleProject.CopyOf("MultiTarget");
        sample.AddItems(RomfsItems);
        WriteDataFile(sample, "web/a.json", "{}\n");
        Assert.AreEqual(0, sample.Build().ExitCode);

        var noOp = sample.Build("-v:n");
        Assert.AreEqual(0, noOp.ExitCode, noOp.ToString());
        StringAssert.Contains(noOp.Output, "Skipping target \"MicroPythonRomfs\" because all output files are up-to-date", noOp.ToString());

        WriteDataFile(sample, "web/b.json", "[]\n");
        Assert.AreEqual(0, sample.Build().ExitCode);
        Assert.IsNotNull(RomfsImage.ReadFile(sample.PathOf("bin/Debug/unix/romfs.img")).Find("web/b.json"), "an added data file is missing");

        File.Delete(sample.PathOf("web/a.json"));
        var removed = sample.Build();
        Assert.AreEqual(0, removed.ExitCode, removed.ToString());
        Assert.IsNull(RomfsImage.ReadFile(sample.PathOf("bin/Debug/unix/romfs.img")).Find("web/a.json"), "a deleted data file stayed in the image");
    }

    [TestMethod]
    public void AnImageLargerThanTheBoardsPartitionIsAnErrorNamingTheOverflow()
    {
        var sample = SampleProject.CopyOf("MultiTarget");
        sample.AddItems("""<MicroPythonTarget Update="rp2" Romfs="true" />""");

        var noPartition = sample.Build();

        Assert.AreNotEqual(0, noPartition.ExitCode, noPartition.ToString());
        StringAssert.Contains(noPartition.Output, "error MPY3020: the ROMFS image of target 'rp2' is ", noPartition.ToString());
        StringAssert.Contains(noPartition.Output, "it has no ROMFS partition (romfsBytes of rp2.json)", noPartition.ToString());

        sample.AddItems("""<MicroPythonTarget Update="rp2" RomfsBytes="100" />""");
        var tooSmall = sample.Build();

        Assert.AreNotEqual(0, tooSmall.ExitCode, tooSmall.ToString());
        StringAssert.Matches(tooSmall.Output, new System.Text.RegularExpressions.Regex(@"error MPY3020: the ROMFS image of target 'rp2' is (\d+) bytes and \d+ bytes over its 100-byte ROMFS partition \(RomfsBytes of the target\)"));
        Assert.IsFalse(File.Exists(sample.PathOf("bin/Debug/rp2/romfs.img")), "an image that does not fit was written");
    }

    [TestMethod]
    [DataRow("unix", null)]
    [DataRow("rp2", 0)]
    [DataRow("esp32", 131072)]
    [DataRow("stm32", 0)]
    public void ShippedProfilesGiveTheirRomfsPartition(string name, int? bytes)
    {
        var profile = MicroPython.Bytecode.Targets.TargetProfileReader.ReadFile(Path.Combine(Paths.RepoRoot, "Sdk", "targets", name + ".json"));

        Assert.AreEqual(bytes, profile.RomfsBytes);
    }

    [TestMethod]
    public void ARomfsSizeMustBeCitedToo()
    {
        var json = File.ReadAllText(Path.Combine(Paths.RepoRoot, "Sdk", "targets", "unix.json")).Replace("\"sources\": {", "\"romfsBytes\": 4096,\n  \"sources\": {", StringComparison.Ordinal);

        var error = Assert.ThrowsExactly<MicroPython.Bytecode.Targets.TargetProfileException>(() => MicroPython.Bytecode.Targets.TargetProfileReader.Read(json, "unix.json"));

        StringAssert.Contains(error.Message, "no source cited for romfsBytes");
    }

    private static void WriteDataFile(SampleProject sample, string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(sample.PathOf(relative))!);
        File.WriteAllText(sample.PathOf(relative), text);
    }

    private static (int ExitCode, string Output) RunReferenceVm(string image, string script)
    {
        var dir = Directory.CreateTempSubdirectory("mpy-romfs-vm-").FullName;
        try
        {
            var file = Path.Combine(dir, "run.py");
            File.WriteAllText(file, $"IMAGE = \"{image}\"\n" + script.ReplaceLineEndings("\n") + "\n");
            var psi = new ProcessStartInfo(Paths.ReferenceMicroPython) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            psi.ArgumentList.Add(file);
            using var process = Process.Start(psi)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("the reference VM did not finish");
            }

            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
