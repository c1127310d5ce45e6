using MicroPython.Bytecode.Disassembly;
using MicroPython.TestSupport;

namespace MicroPython.Bytecode.Tests;

/// <summary>Corrupted <c>.mpy</c> files, through what <c>mpy dump</c> does with them: read, list, write back — or MPY4001, and nothing else.</summary>
[TestClass]
public sealed class FuzzTests
{
    [TestMethod]
    public void MutatedMpyFilesAreListedOrRefusedCleanly()
    {
        var originals = Directory.EnumerateFiles(Paths.CorpusDir("mpy"), "*.mpy", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToList();
        var mutator = new Mutator(seed: 18);
        var cases = Enumerable.Range(0, 3000).Select(_ => mutator.Mutate(mutator.Pick(originals))).ToList();

        var failures = FuzzRun.Failures(
            cases,
            data =>
            {
                var module = MpyReader.Read(data, "fuzz.mpy");
                Disassembler.Disassemble(module);
                MpyWriter.Write(module);
            },
            e => e is MpyFormatException,
            TimeSpan.FromSeconds(5));

        Assert.AreEqual(0, failures.Count, string.Join("\n", failures.Take(5)));
    }
}
