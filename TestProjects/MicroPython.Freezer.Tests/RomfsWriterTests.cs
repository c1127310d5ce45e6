using MicroPython.Bytecode.Romfs;
using MicroPython.Freezer.Pipeline;
using MicroPython.Freezer.Romfs;

namespace MicroPython.Freezer.Tests;

/// <summary>
/// ROMFS images byte-identical to v1.28.0 <c>mpremote romfs build</c> for the same tree
/// (TestData/Romfs, see its README), with <c>.py</c> compiled and kept as source.
/// </summary>
[TestClass]
public sealed class RomfsWriterTests
{
    [TestMethod]
    [DataRow("packages", "empty;app/static")]
    [DataRow("names", "")]
    [DataRow("padding-odd", "")]
    [DataRow("padding-even", "")]
    [DataRow("empty", "")]
    public void CompiledTreeMatchesMpremote(string name, string emptyFolders)
    {
        using var tree = CaseTree(name, emptyFolders);

        var image = RomfsWriter.Write(RomfsSourceTree.Read(tree.Root, "tree", new MicroPythonCompiler()));

        CollectionAssert.AreEqual(File.ReadAllBytes(CasePath(name, "image.romfs")), image);
    }

    [TestMethod]
    [DataRow("packages", "empty;app/static")]
    [DataRow("names", "")]
    public void SourceTreeMatchesMpremoteWithoutMpy(string name, string emptyFolders)
    {
        using var tree = CaseTree(name, emptyFolders);

        var image = RomfsWriter.Write(RomfsSourceTree.Read(tree.Root, "tree", compiler: null));

        CollectionAssert.AreEqual(File.ReadAllBytes(CasePath(name, "image-no-mpy.romfs")), image);
    }

    [TestMethod]
    public void PaddingByteMakesTheImageEven()
    {
        var odd = File.ReadAllBytes(CasePath("padding-odd", "image.romfs"));
        var even = File.ReadAllBytes(CasePath("padding-even", "image.romfs"));

        Assert.AreEqual(0x80, odd[3]);
        Assert.AreNotEqual(0x80, even[3]);
        Assert.AreEqual(0, odd.Length % 2);
        Assert.AreEqual(0, even.Length % 2);
    }

    [TestMethod]
    public void ReaderSeesTheTreeTheWriterWrote()
    {
        var folder = new RomfsFolder();
        folder.AddFile("lib/pkg/mod.mpy", [1, 2, 3]);
        folder.AddFile("web/index.html", "<p>hi</p>"u8.ToArray());
        folder.AddFolder("empty");

        var image = RomfsImage.Read(RomfsWriter.Write(folder));

        Assert.AreEqual("empty lib web", string.Join(' ', image.Root.Entries.Select(e => e.Name)));
        Assert.IsInstanceOfType<RomfsDirectory>(image.Find("empty"));
        var mod = (RomfsFile)image.Find("/lib/pkg/mod.mpy")!;
        CollectionAssert.AreEqual(new byte[] { 1, 2, 3 }, image.Content(mod).ToArray());
        Assert.AreEqual("<p>hi</p>", System.Text.Encoding.ASCII.GetString(image.Content((RomfsFile)image.Find("web/index.html")!).Span));
        Assert.IsNull(image.Find("lib/missing.mpy"));
    }

    [TestMethod]
    public void ReaderReadsEveryReferenceImage()
    {
        var image = RomfsImage.ReadFile(CasePath("names", "image.romfs"));

        var big = (RomfsFile)image.Find("size16384.bin")!;
        Assert.AreEqual(16384, big.Length);
        Assert.AreEqual(255, image.Content(big).Span[^1]);
        var deep = (RomfsFile)image.Find(new string('e', 128) + "/" + new string('b', 128))!;
        Assert.AreEqual(128, deep.Length);
    }

    [TestMethod]
    [DataRow(new byte[] { 0xd2, 0xcd }, 0, "the image's kind is cut off")]
    [DataRow(new byte[] { 0x12, 0x34, 0x56, 0x00 }, 0, "not a ROMFS image")]
    [DataRow(new byte[] { 0xd2, 0xcd, 0x31, 0x09, 0x05 }, 4, "holds 9 bytes of records but only 1 follow")]
    [DataRow(new byte[] { 0xd2, 0xcd, 0x31, 0x04, 0x05, 0x09, 0x01, 0x61 }, 4, "a record of 9 bytes runs past")]
    [DataRow(new byte[] { 0xd2, 0xcd, 0x31, 0x04, 0x05, 0x02, 0x01, 0x61 }, 4, "file 'a' has no data record")]
    [DataRow(new byte[] { 0xd2, 0xcd, 0x31, 0x04, 0x05, 0x02, 0x05, 0x61 }, 4, "a name of 5 bytes runs past")]
    [DataRow(new byte[] { 0xd2, 0xcd, 0x31, 0x02, 0x04, 0x80 }, 5, "a record's length is cut off")]
    [DataRow(new byte[] { 0xd2, 0xcd, 0x31, 0x08, 0x05, 0x06, 0x01, 0x61, 0x03, 0x02, 0x10, 0x00 }, 8, "points at 16 bytes at offset 0, beyond the image")]
    public void CorruptImagesAreReportedAtTheirOffset(byte[] data, int offset, string reason)
    {
        var e = Assert.ThrowsExactly<RomfsFormatException>(() => RomfsImage.Read(data, "x.img"));

        Assert.AreEqual(offset, e.Offset);
        StringAssert.Contains(e.Message, reason);
        StringAssert.StartsWith(e.Message, $"x.img: error MPY4010: invalid ROMFS image at byte {offset}: ");
    }

    [TestMethod]
    public void DeepNestingIsRefusedNotOverflowed()
    {
        // Directory records nested 300 deep: each is kind 4, its length, a one-letter name.
        var records = Array.Empty<byte>();
        for (var i = 0; i < 300; i++)
        {
            var payload = new byte[] { 1, (byte)'d' }.Concat(records).ToArray();
            records = [4, .. Uint(payload.Length), .. payload];
        }

        byte[] image = [0xd2, 0xcd, 0x31, .. Uint(records.Length), .. records];

        var e = Assert.ThrowsExactly<RomfsFormatException>(() => RomfsImage.Read(image));
        StringAssert.Contains(e.Reason, "nested more than 256 deep");
    }

    [TestMethod]
    [DataRow("caf\u00e9.py")]
    [DataRow("../x.py")]
    public void NamesRomfsCannotHoldAreErrors(string path)
    {
        var e = Assert.ThrowsExactly<FreezerException>(() => new RomfsFolder().AddFile(path, []));
        Assert.AreEqual(FreezerErrors.RomfsName, e.Code);
    }

    [TestMethod]
    public void AFileWhereAFolderIsNeededIsAnError()
    {
        var folder = new RomfsFolder();
        folder.AddFile("pkg", [1]);

        var e = Assert.ThrowsExactly<FreezerException>(() => folder.AddFile("pkg/mod.mpy", [2]));
        StringAssert.Contains(e.Reason, "folder 'pkg'");
    }

    private static byte[] Uint(int value)
    {
        var bytes = new List<byte> { (byte)(value & 0x7F) };
        for (value >>= 7; value != 0; value >>= 7)
        {
            bytes.Insert(0, (byte)(0x80 | (value & 0x7F)));
        }

        return [.. bytes];
    }

    private static string CasePath(string name, string file) => Path.Combine(AppContext.BaseDirectory, "TestData", "Romfs", name, file);

    private static TempTree CaseTree(string name, string emptyFolders)
    {
        var tree = new TempTree();
        var source = CasePath(name, "tree");
        if (Directory.Exists(source))
        {
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                tree.Write(Path.GetRelativePath(source, file), File.ReadAllBytes(file));
            }
        }

        foreach (var folder in emptyFolders.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            Directory.CreateDirectory(tree.Path_(folder));
        }

        return tree;
    }
}
