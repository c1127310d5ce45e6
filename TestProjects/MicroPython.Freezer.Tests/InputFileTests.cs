using MicroPython.Bytecode.Files;

namespace MicroPython.Freezer.Tests;

/// <summary>Inputs are read only from regular files, and only up to their limit.</summary>
[TestClass]
public sealed class InputFileTests
{
    [TestMethod]
    public void ARegularFileIsRead()
    {
        using var t = new TempTree();
        var path = t.Write("m.py", "x = 1\n");

        Assert.AreEqual("x = 1\n", InputFile.ReadAllText(path, InputLimits.Source, "source file"));
    }

    [TestMethod]
    [DataRow("/dev/zero")]
    [DataRow("/dev/urandom")]
    public void AnEndlessDeviceIsRefused(string device)
    {
        var e = Assert.ThrowsExactly<IOException>(() => InputFile.ReadAllBytes(device, InputLimits.Source, "source file"));

        StringAssert.Contains(e.Message, "not a regular file");
    }

    [TestMethod]
    public void AFifoIsRefusedWithoutWaitingForAWriter()
    {
        using var t = new TempTree();
        var fifo = SpecialFiles.Fifo(t.Path_("m.py"));

        var e = Assert.ThrowsExactly<IOException>(() => InputFile.ReadAllBytes(fifo, InputLimits.Source, "source file"));

        StringAssert.Contains(e.Message, fifo);
    }

    [TestMethod]
    public void AFileOverTheLimitIsRefusedNamingTheLimit()
    {
        using var t = new TempTree();
        var path = t.Write("m.py", new byte[(1 << 20) + 1]);

        var e = Assert.ThrowsExactly<IOException>(() => InputFile.ReadAllBytes(path, 1 << 20, "board profile"));

        StringAssert.Contains(e.Message, "limit of 1 MiB for a board profile");
    }

    [TestMethod]
    public void AStreamOverTheLimitIsRefused()
    {
        using var endless = new MemoryStream(new byte[(1 << 20) + 1]);

        var e = Assert.ThrowsExactly<IOException>(() => InputFile.ReadStream(endless, 1 << 20, "<stdin>", "source file"));

        StringAssert.Contains(e.Message, "<stdin>");
    }

    [TestMethod]
    public void ADanglingLinkIsMissing()
    {
        using var t = new TempTree();
        File.CreateSymbolicLink(t.Path_("m.py"), t.Path_("gone.py"));

        Assert.AreEqual(FileKind.Missing, FileKinds.Of(t.Path_("m.py")));
        Assert.ThrowsExactly<FileNotFoundException>(() => InputFile.ReadAllBytes(t.Path_("m.py"), InputLimits.Source, "source file"));
    }
}
