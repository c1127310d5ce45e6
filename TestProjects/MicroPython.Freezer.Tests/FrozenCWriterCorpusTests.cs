using MicroPython.Bytecode;
using MicroPython.Bytecode.Targets;
using MicroPython.TestSupport;

namespace MicroPython.Freezer.Tests;

/// <summary>The C writer alone, fed the reference .mpy files the corpus cases froze.</summary>
[TestClass]
public sealed class FrozenCWriterCorpusTests
{
    [TestMethod]
    [DataRow("all", LongIntImplementation.Mpz, 16)]
    [DataRow("longlong", LongIntImplementation.LongLong, 16)]
    [DataRow("mpz8", LongIntImplementation.Mpz, 8)]
    [DataRow("mpyonly", LongIntImplementation.Mpz, 16)]
    public void ReproducesReferenceFromMpyFiles(string name, LongIntImplementation longInt, int digitSize)
    {
        var modules = ReferenceCase.MpyNames(name)
            .Select(n => Path.Combine(Paths.CorpusDir("mpy", "O0"), Path.ChangeExtension(n, ".mpy")))
            .Select(p => new FrozenMpyModule(MpyReader.ReadFile(p), p))
            .ToList();
        var request = new FreezeRequest([], modules, FirmwareQstrs.FromFile(ReferenceCase.QstrHeader), new FreezeTarget(longInt, digitSize));

        ReferenceCase.AssertSame(ReferenceCase.ExpectedText(name), FrozenCWriter.WriteText(request));
    }
}
