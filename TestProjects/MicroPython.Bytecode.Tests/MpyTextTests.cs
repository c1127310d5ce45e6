using MicroPython.Bytecode.Constants;
using MicroPython.Bytecode.Disassembly;

namespace MicroPython.Bytecode.Tests;

/// <summary>
/// Text that MicroPython holds in bytes a .NET string cannot tell apart: "\ud83d\ude00" written as
/// two escapes is six bytes to MicroPython and the same string as the four-byte U+1F600.
/// </summary>
[TestClass]
public sealed class MpyTextTests
{
    private static readonly byte[] SplitPair = [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80];

    // mpy-cross v1.28.0's output for: x = "\ud83d\ude00"; y = "<U+1F600>"; z = "\ud83d\ude00 long string here"
    private const string ModuleHex =
        "4d06001f070108732e7079000f0ceda0bdedb8800008f09f988000027800027900027a00"
        + "0517eda0bdedb880206c6f6e6720737472696e67206865726500811800060124241002160410031605230016065163";

    [TestMethod]
    public void APairWrittenAsTwoCodePointsKeepsItsBytes()
    {
        Assert.IsTrue(MpyText.TryDecode(SplitPair, out var split));
        var joined = new MpyText("\U0001F600");

        Assert.AreEqual("\U0001F600", split.Text);
        Assert.IsFalse(split.IsCanonical);
        Assert.AreEqual(6, split.ByteCount);
        CollectionAssert.AreEqual(SplitPair, split.ToBytes());
        Assert.AreNotEqual(joined, split);
        Assert.IsTrue(MpyText.TryDecode(SplitPair, out var again));
        Assert.AreEqual(split, again);
        Assert.AreEqual(split.GetHashCode(), again.GetHashCode());
    }

    [TestMethod]
    [DataRow(new byte[] { 0xf0, 0x9f, 0x98, 0x80 })]
    [DataRow(new byte[] { 0xed, 0xa0, 0xbd })]
    [DataRow(new byte[] { 0xed, 0xb8, 0x80, 0xed, 0xa0, 0xbd })]
    [DataRow(new byte[] { 0x61, 0x62 })]
    public void OtherTextIsItsStringsEncoding(byte[] bytes)
    {
        Assert.IsTrue(MpyText.TryDecode(bytes, out var text));

        Assert.IsTrue(text.IsCanonical);
        Assert.AreEqual(new MpyText(text.Text), text);
    }

    [TestMethod]
    public void AFileWithBothSpellingsRoundTripsExactly()
    {
        var bytes = Convert.FromHexString(ModuleHex);

        var module = MpyReader.Read(bytes);

        CollectionAssert.AreEqual(bytes, MpyWriter.Write(module));
        Assert.AreNotEqual(module.Qstrs[2], module.Qstrs[3]);
        Assert.AreEqual(module.Qstrs[2].Text, module.Qstrs[3].Text);
        Assert.AreEqual(MpyQstr.Of(new MpyText("\U0001F600")), module.Qstrs[3]);
        Assert.AreEqual("'\\ud83d\\ude00 long string here'", module.Constants[0].Repr());
        var listing = Disassembler.Disassemble(module);
        StringAssert.Contains(listing, "     2  '\\ud83d\\ude00'\n     3  '\U0001F600'\n");
        StringAssert.Contains(listing, "LOAD_CONST_STRING '\\ud83d\\ude00'");
    }
}
