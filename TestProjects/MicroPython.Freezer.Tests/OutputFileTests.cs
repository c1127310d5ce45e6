using System.Runtime.Versioning;
using MicroPython.Bytecode.Files;
using MicroPython.Freezer.Pipeline;

namespace MicroPython.Freezer.Tests;

/// <summary>The one output writer: atomic for files, in place for devices, through links, and clean on failure.</summary>
[TestClass]
[UnsupportedOSPlatform("windows")]
public sealed class OutputFileTests
{
    private static readonly byte[] Content = "frozen\n"u8.ToArray();

    [TestMethod]
    public void AFileIsReplacedWholeAndKeepsItsPermissions()
    {
        using var t = new TempTree();
        var path = t.Write("out.c", "old content that is longer");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        OutputFile.Write(path, Content);

        CollectionAssert.AreEqual(Content, File.ReadAllBytes(path));
        Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(path));
        CollectionAssert.AreEqual(new[] { "out.c" }, Names(t.Root));
    }

    [TestMethod]
    public void WriteIfChangedLeavesAnIdenticalFileUntouched()
    {
        using var t = new TempTree();
        var path = t.Path_("sub/out.c");

        Assert.IsTrue(OutputFile.WriteIfChanged(path, Content));
        var written = File.GetLastWriteTimeUtc(path);
        Assert.IsFalse(OutputFile.WriteIfChanged(path, Content));

        Assert.AreEqual(written, File.GetLastWriteTimeUtc(path));
    }

    [TestMethod]
    public void ASymbolicLinkIsFollowedAndStaysALink()
    {
        using var t = new TempTree();
        var target = t.Write("real/out.c", "old");
        var link = t.Path_("link.c");
        File.CreateSymbolicLink(link, target);

        OutputFile.Write(link, Content);

        Assert.IsNotNull(new FileInfo(link).LinkTarget);
        CollectionAssert.AreEqual(Content, File.ReadAllBytes(target));
        CollectionAssert.AreEqual(new[] { "out.c" }, Names(t.Path_("real")));
    }

    [TestMethod]
    public void AFifoIsWrittenInPlace()
    {
        using var t = new TempTree();
        var fifo = SpecialFiles.Fifo(t.Path_("pipe"));
        var reader = Task.Run(() => File.ReadAllBytes(fifo));

        OutputFile.Write(fifo, Content);

        Assert.IsTrue(reader.Wait(TimeSpan.FromSeconds(30)));
        CollectionAssert.AreEqual(Content, reader.Result);
        Assert.AreEqual(FileKind.Special, FileKinds.Of(fifo));
        CollectionAssert.AreEqual(new[] { "pipe" }, Names(t.Root));
    }

    [TestMethod]
    public void ADeviceNodeIsWrittenInPlaceAndStaysADevice()
    {
        Assert.AreEqual(FileKind.Special, FileKinds.Of("/dev/zero"), "this test needs /dev/zero to be a device");

        OutputFile.Write("/dev/zero", Content);

        Assert.AreEqual(FileKind.Special, FileKinds.Of("/dev/zero"));
        Assert.IsFalse(Directory.EnumerateFiles("/dev").Any(f => f.StartsWith("/dev/zero.", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void AFullDiskIsAnErrorNamingThePath()
    {
        var e = Assert.ThrowsExactly<FreezerException>(() => OutputFile.Write("/dev/full", Content));

        Assert.AreEqual(DiagnosticCodes.OutputNotWritable, e.Code);
        Assert.AreEqual("/dev/full", e.FileName);
        Assert.AreEqual(FileKind.Special, FileKinds.Of("/dev/full"));
    }

    [TestMethod]
    public void AMissingFolderIsAnErrorUnlessAskedToCreateIt()
    {
        using var t = new TempTree();
        var path = t.Path_("missing/out.c");

        var e = Assert.ThrowsExactly<FreezerException>(() => OutputFile.Write(path, Content));

        Assert.AreEqual(DiagnosticCodes.OutputNotWritable, e.Code);
        StringAssert.Contains(e.Message, path);
        Assert.IsFalse(Directory.Exists(t.Path_("missing")));
        OutputFile.Write(path, Content, createFolder: true);
        CollectionAssert.AreEqual(Content, File.ReadAllBytes(path));
    }

    [TestMethod]
    public void AFolderAtThePathIsAnError()
    {
        using var t = new TempTree();
        Directory.CreateDirectory(t.Path_("out.c"));

        var e = Assert.ThrowsExactly<FreezerException>(() => OutputFile.Write(t.Path_("out.c"), Content));

        Assert.AreEqual(DiagnosticCodes.OutputNotWritable, e.Code);
        CollectionAssert.AreEqual(new[] { "out.c" }, Names(t.Root));
    }

    [TestMethod]
    public void AFolderThatCannotBeWrittenIsAnErrorAndLeavesNoTemporaryFile()
    {
        // /proc refuses new files even to root, unlike a folder without write permission.
        var e = Assert.ThrowsExactly<FreezerException>(() => OutputFile.Write("/proc/frozen_content.c", Content));

        Assert.AreEqual(DiagnosticCodes.OutputNotWritable, e.Code);
        Assert.AreEqual("/proc/frozen_content.c", e.FileName);
        Assert.IsFalse(Directory.EnumerateFiles("/proc").Any(f => f.StartsWith("/proc/frozen_content", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void AFolderWithoutWritePermissionIsAnErrorAndLeavesNoTemporaryFile()
    {
        using var t = new TempTree();
        var folder = t.Path_("locked");
        Directory.CreateDirectory(folder);
        var path = t.Write("locked/out.c", "old");
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            if (Environment.UserName == "root")
            {
                // Permissions do not bind root: the write succeeds, and must still be whole.
                OutputFile.Write(path, Content);
                CollectionAssert.AreEqual(Content, File.ReadAllBytes(path));
            }
            else
            {
                var e = Assert.ThrowsExactly<FreezerException>(() => OutputFile.Write(path, Content));
                Assert.AreEqual(DiagnosticCodes.OutputNotWritable, e.Code);
                Assert.AreEqual("old", File.ReadAllText(path));
            }

            CollectionAssert.AreEqual(new[] { "out.c" }, Names(folder));
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static string[] Names(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
}
