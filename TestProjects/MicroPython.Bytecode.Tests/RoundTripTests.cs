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
}
