using MicroPython.Bytecode;
using MicroPython.TestSupport;

namespace MicroPython.Compiler.Tests.Oracle;

/// <summary>Every corpus program that is meant to run, compiled by us, runs in the real MicroPython VM and prints what the reference says.</summary>
[TestClass]
public sealed class RealVmTests
{
    public static IEnumerable<object[]> RunnablePrograms() =>
        Directory.EnumerateFiles(Paths.CorpusDir("py"), "*.exp-wasm")
            .Select(p => Path.GetFileNameWithoutExtension(p))
            .Order(StringComparer.Ordinal)
            .Select(name => new object[] { name });

    [TestMethod]
    [DynamicData(nameof(RunnablePrograms))]
    public void CompiledProgramPrintsWhatTheRealVmPrints(string name)
    {
        var source = File.ReadAllText(Paths.CorpusDir("py", name + ".py"));
        var module = MpyCompiler.Compile(source, name + ".py", new CompilerOptions());

        var result = RealVm.Run(name, MpyWriter.Write(module));

        Assert.AreEqual(File.ReadAllText(Paths.CorpusDir("py", name + ".exp-wasm")), result.StdOut, $"stderr: {result.StdErr}");
    }
}
