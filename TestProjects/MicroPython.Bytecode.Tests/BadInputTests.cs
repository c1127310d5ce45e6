using CsCheck;

namespace MicroPython.Bytecode.Tests;

[TestClass]
public sealed class BadInputTests
{
    private static readonly byte[] Sample = File.ReadAllBytes(CorpusFiles.MpyPath("O0/syntax_tabs.mpy"));

    private static MpyFormatException ReadFails(byte[] data) =>
        Assert.ThrowsExactly<MpyFormatException>(() => MpyReader.Read(data, "bad.mpy"));

    [TestMethod]
    public void EveryTruncationIsAnErrorWithAnOffsetInsideTheFile()
    {
        for (var length = 0; length < Sample.Length; length++)
        {
            var error = ReadFails(Sample[..length]);
            Assert.IsTrue(error.Offset <= length, $"length {length}: offset {error.Offset}");
            StringAssert.StartsWith(error.Message, "bad.mpy: error MPY4001: invalid .mpy at byte ");
        }
    }

    [TestMethod]
    public void EveryFlippedBitReadsOrFailsCleanly()
    {
        for (var bit = 0; bit < Sample.Length * 8; bit++)
        {
            var data = (byte[])Sample.Clone();
            data[bit / 8] ^= (byte)(1 << (bit % 8));
            TryRead(data);
        }
    }

    [TestMethod]
    public void WrongMagicIsReported()
    {
        var data = (byte[])Sample.Clone();
        data[0] = (byte)'C';
        StringAssert.Contains(ReadFails(data).Message, "not a .mpy file");
    }

    [TestMethod]
    [DataRow((byte)5)]
    [DataRow((byte)7)]
    public void OtherFormatVersionsAreReported(byte version)
    {
        var data = (byte[])Sample.Clone();
        data[1] = version;
        var error = ReadFails(data);
        StringAssert.Contains(error.Message, $"unsupported .mpy version {version}");
        Assert.AreEqual(1, error.Offset);
    }

    [TestMethod]
    public void NativeCodeIsRejectedWithAClearMessage()
    {
        // What `mpy-cross -march=x64` writes for a module with an @micropython.native function.
        var data = (byte[])Sample.Clone();
        data[2] = 0x0b;
        StringAssert.Contains(ReadFails(data).Message, "native code (x64) is not supported");
    }

    [TestMethod]
    public void NativeRawCodeKindIsRejected()
    {
        // header, no qstrs, no constants, then a raw code of kind 1 (native Python) and length 0.
        var error = ReadFails([0x4d, 0x06, 0x00, 0x1f, 0x00, 0x00, 0x01]);
        StringAssert.Contains(error.Message, "native code (NativePython) is not supported");
    }

    [TestMethod]
    public void ALengthClaimingGigabytesFailsWithoutAllocatingIt()
    {
        // One qstr whose length varuint claims 2^34 bytes.
        var error = ReadFails([0x4d, 0x06, 0x00, 0x1f, 0x01, 0x00, 0x81, 0x80, 0x80, 0x80, 0x80, 0x00]);
        StringAssert.Contains(error.Message, "out of range");
        Assert.AreEqual(6, error.Offset);
    }

    [TestMethod]
    public void AVarUIntThatNeverEndsFails()
    {
        var data = new byte[] { 0x4d, 0x06, 0x00, 0x1f }.Concat(Enumerable.Repeat((byte)0xff, 1000)).ToArray();
        ReadFails(data);
    }

    [TestMethod]
    public void DeeplyNestedTuplesAreRefused()
    {
        // n_qstr 0, n_obj 1, then 100 000 tuple tags each holding one item.
        var nested = Enumerable.Range(0, 100_000).SelectMany(_ => new byte[] { 0x0a, 0x01 });
        var error = ReadFails([0x4d, 0x06, 0x00, 0x1f, 0x00, 0x01, .. nested, 0x01]);
        StringAssert.Contains(error.Message, "nest deeper than");
    }

    [TestMethod]
    public void OutOfRangeIndicesInBytecodeAreRefused()
    {
        // <module> qstr table of 2; code: LOAD_NAME qstr 9 (outside the table).
        byte[] data = [0x4d, 0x06, 0x00, 0x1f, 0x02, 0x00, 0x02, 0x61, 0x00, 0x0f, 0x30, 0x00, 0x02, 0x01, 0x11, 0x09, 0x51, 0x63];
        StringAssert.Contains(ReadFails(data).Message, "qstr index 9 is outside the table of 2");
    }

    [TestMethod]
    public void MutatedCorpusFilesNeverCrashTheReader()
    {
        var files = CorpusFiles.AllMpy().Select(r => File.ReadAllBytes(CorpusFiles.MpyPath((string)r[0]))).ToArray();
        var mutation = Gen.Select(
            Gen.Int[0, files.Length - 1],
            Gen.Int[1, 8],
            Gen.Int.Array[1, 32],
            (file, count, positions) => (file, count, positions));

        mutation.Sample(
            m =>
            {
                var data = (byte[])files[m.file].Clone();
                for (var i = 0; i < Math.Min(m.count, m.positions.Length); i++)
                {
                    var pos = (int)((uint)m.positions[i] % (uint)data.Length);
                    data[pos] = (byte)(m.positions[i] >> 8);
                }

                TryRead(data);
            },
            iter: 4000);
    }

    private static void TryRead(byte[] data)
    {
        try
        {
            var module = MpyReader.Read(data, "fuzz.mpy");
            _ = Disassembly.Disassembler.Disassemble(module);
            _ = MpyWriter.Write(module);
        }
        catch (MpyFormatException)
        {
        }
    }
}
