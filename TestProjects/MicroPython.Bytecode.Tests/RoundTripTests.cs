namespace MicroPython.Bytecode.Tests;

[TestClass]
public sealed class RoundTripTests
{
    [TestMethod]
    [DynamicData(nameof(CorpusFiles.AllMpy), typeof(CorpusFiles))]
    public void CorpusFileReadsAndWritesBackIdentically(string relativePath)
    {
        var original = File.ReadAllBytes(CorpusFiles.MpyPath(relativePath));

        var module = MpyReader.Read(original, relativePath);
        var written = MpyWriter.Write(module);

        var firstDifference = original.AsSpan().CommonPrefixLength(written);
        Assert.IsTrue(
            original.AsSpan().SequenceEqual(written),
            $"{relativePath}: written bytes differ from the original at byte {firstDifference} (lengths {original.Length} vs {written.Length})");
    }

    [TestMethod]
    public void ATinyFileNamingAHighStaticQstrReads()
    {
        // mpy-cross's output for "print('x')": 'print' is static qstr 123, written as 81 77, which is
        // more than the bytes left in the file.
        var bytes = Convert.FromHexString("4d06001f040008702e7079000f027800817760080201110310023401595163");

        var module = MpyReader.Read(bytes, "p.mpy");

        Assert.AreEqual("print", module.Qstrs[3].Text);
        Assert.IsTrue(module.Qstrs[3].IsStatic);
        CollectionAssert.AreEqual(bytes, MpyWriter.Write(module));
    }
}
