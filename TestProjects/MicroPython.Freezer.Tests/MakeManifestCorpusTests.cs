using MicroPython.Bytecode.Targets;
using MicroPython.Freezer.Pipeline;
using MicroPython.TestSupport;

namespace MicroPython.Freezer.Tests;

/// <summary>Every frozen case of the corpus, end to end from its manifest, as makemanifest.py ran it.</summary>
[TestClass]
public sealed class MakeManifestCorpusTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("all", LongIntImplementation.Mpz, 16)]
    [DataRow("mixed", LongIntImplementation.Mpz, 16)]
    [DataRow("longlong", LongIntImplementation.LongLong, 16)]
    [DataRow("mpz8", LongIntImplementation.Mpz, 8)]
    [DataRow("stronly", LongIntImplementation.Mpz, 16)]
    [DataRow("mpyonly", LongIntImplementation.Mpz, 16)]
    public void ReproducesReference(string name, LongIntImplementation longInt, int digitSize)
    {
        var build = Path.Combine(Path.GetTempPath(), "freezer-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var output = Path.Combine(build, "frozen_content.c");
            var result = ManifestFreezer.Run(Request(name, build, output, longInt, digitSize), new ReferenceMpyCompiler());

            Assert.IsTrue(result.OutputWritten);
            ReferenceCase.AssertSame(ReferenceCase.ExpectedText(name), File.ReadAllText(output));
        }
        finally
        {
            Directory.Delete(build, recursive: true);
        }
    }

    [TestMethod]
    public void SecondRunCompilesNothingAndKeepsTheOutput()
    {
        var build = Path.Combine(Path.GetTempPath(), "freezer-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var output = Path.Combine(build, "frozen_content.c");
            var request = Request("mpz8", build, output, LongIntImplementation.Mpz, 8);
            var compiler = new ReferenceMpyCompiler();
            var first = ManifestFreezer.Run(request, compiler);
            var stamp = File.GetLastWriteTimeUtc(output);
            var calls = compiler.Calls;
            Thread.Sleep(20);

            var second = ManifestFreezer.Run(request, compiler);

            Assert.IsTrue(first.Compiled > 0);
            Assert.AreEqual(0, second.Compiled);
            Assert.AreEqual(calls, compiler.Calls);
            Assert.IsFalse(second.OutputWritten);
            Assert.AreEqual(stamp, File.GetLastWriteTimeUtc(output));
        }
        finally
        {
            Directory.Delete(build, recursive: true);
        }
    }

    internal static MakeManifestRequest Request(string name, string build, string output, LongIntImplementation longInt, int digitSize) => new()
    {
        Manifests = [name + ".manifest.py"],
        OutputPath = output,
        BuildDirectory = build,
        Variables = new Dictionary<string, string> { ["CORPUS"] = Paths.Corpus },
        Target = new FreezeTarget(longInt, digitSize),
        QstrHeaderPath = ReferenceCase.QstrHeader,
        WorkingDirectory = ReferenceCase.Dir,
    };
}
