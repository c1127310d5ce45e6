using MicroPython.Bytecode.Constants;
using MicroPython.Bytecode.Encoding;

namespace MicroPython.Bytecode.Tests;

[TestClass]
public sealed class Wtf8Tests
{
    [TestMethod]
    public void LoneSurrogatesTakeThreeBytesAsMicroPythonWritesThem()
    {
        // What mpy-cross stores for the str literal "[\ud800-\udbff]".
        byte[] expected = [(byte)'[', 0xed, 0xa0, 0x80, (byte)'-', 0xed, 0xaf, 0xbf, (byte)']'];

        CollectionAssert.AreEqual(expected, Wtf8.Encode("[\ud800-\udbff]"));
        Assert.IsTrue(Wtf8.TryDecode(expected, out var text));
        Assert.AreEqual("[\ud800-\udbff]", text);
    }

    [TestMethod]
    public void SupplementaryCharactersStayFourBytes()
    {
        var text = char.ConvertFromUtf32(0x1f600);
        Assert.AreEqual(4, Wtf8.ByteCount(text));
        Assert.IsTrue(Wtf8.TryDecode(Wtf8.Encode(text), out var back));
        Assert.AreEqual(text, back);
    }

    [TestMethod]
    [DataRow(new byte[] { 0x80 })]
    [DataRow(new byte[] { 0xc3 })]
    [DataRow(new byte[] { 0xc0, 0x80 })]
    [DataRow(new byte[] { 0xf8, 0x80, 0x80, 0x80 })]
    public void MalformedBytesAreRefused(byte[] bytes) => Assert.IsFalse(Wtf8.TryDecode(bytes, out _));

    [TestMethod]
    public void AStrConstantWithASurrogateRoundTripsThroughAFile()
    {
        var module = new MpyModule(
            MpyHeader.ForBytecode(),
            [MpyQstr.Of("s.py"), MpyQstr.Of("<module>")],
            [new MpyStr("a\udc80b")],
            new RawCode(
                new BytecodePrelude { NState = 1, NExcStack = 0, Flags = ScopeFlags.None, NPosArgs = 0, NKwOnlyArgs = 0, NDefPosArgs = 0, SimpleName = 1, ArgNames = [], LineTable = [], Cells = [] },
                [0x23, 0x00, 0x63],
                []));

        var bytes = MpyWriter.Write(module);
        var back = MpyReader.Read(bytes);

        Assert.AreEqual("a\udc80b", ((MpyStr)back.Constants[0]).Value);
        CollectionAssert.AreEqual(bytes, MpyWriter.Write(back));
    }
}
