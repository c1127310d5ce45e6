using MicroPython.Bytecode;
using MicroPython.Compiler.Diagnostics;
using MicroPython.Compiler.Hosting;
using MicroPython.TestSupport;

namespace MicroPython.Compiler.Tests.Emit;

/// <summary>Corrupted sources compile, and read back, or fail with a compile error, and nothing else.</summary>
[TestClass]
public sealed class FuzzTests
{
    [TestMethod]
    public void MutatedSourcesCompileOrFailCleanly()
    {
        var originals = Directory.EnumerateFiles(Paths.CorpusDir("py"), "*.py")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToList();
        var mutator = new Mutator(seed: 13);
        var cases = Enumerable.Range(0, 1500).Select(_ => mutator.Mutate(mutator.Pick(originals))).ToList();

        var failures = FuzzRun.Failures(
            cases,
            source => DeepStack.Run(() => MpyReader.Read(MpyWriter.Write(MpyCompiler.Compile(source, "fuzz.py", new CompilerOptions())), "fuzz.mpy")),
            e => e is CompileError,
            TimeSpan.FromSeconds(10));

        Assert.AreEqual(0, failures.Count, string.Join("\n", failures.Take(5)));
    }
}
