using MicroPython.Bytecode.Targets;
using MicroPython.Freezer.Pipeline;

namespace MicroPython.Freezer.Tests;

/// <summary>The corpus cases end to end with our own compiler instead of the reference's .mpy files.</summary>
[TestClass]
public sealed class CompilerIntegrationTests
{
    [TestMethod]
    [DataRow("mixed", LongIntImplementation.Mpz, 16)]
    [DataRow("longlong", LongIntImplementation.LongLong, 16)]
    [DataRow("stronly", LongIntImplementation.Mpz, 16)]
    [DataRow("all", LongIntImplementation.Mpz, 16)]
    [DataRow("mpz8", LongIntImplementation.Mpz, 8)]
    public void ReproducesReferenceWithOurCompiler(string name, LongIntImplementation longInt, int digitSize)
    {
        var build = Path.Combine(Path.GetTempPath(), "freezer-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var output = Path.Combine(build, "frozen_content.c");
            ManifestFreezer.Run(MakeManifestCorpusTests.Request(name, build, output, longInt, digitSize), new MicroPythonCompiler());

            ReferenceCase.AssertSame(ReferenceCase.ExpectedText(name), File.ReadAllText(output));
        }
        finally
        {
            Directory.Delete(build, recursive: true);
        }
    }
}
