using MicroPython.Bytecode;
using MicroPython.Freezer.Pipeline;
using MicroPython.TestSupport;

namespace MicroPython.Freezer.Tests;

/// <summary>
/// Stands in for the compiler: returns the .mpy that the reference mpy-cross made for the module
/// (the corpus's mpy/O0 and mpy/O3, and TestData/mpy for the rest), so the freezer is tested alone.
/// </summary>
internal sealed class ReferenceMpyCompiler : IModuleCompiler
{
    public int Calls;

    public string CacheKey => "reference-mpy-cross-1.28.0";

    public MpyModule Compile(string source, string sourceName, int optimizationLevel)
    {
        Interlocked.Increment(ref Calls);
        var stem = sourceName[..^3] + ".mpy";
        var local = Path.Combine(AppContext.BaseDirectory, "TestData", "mpy", "O" + optimizationLevel, stem);
        var path = File.Exists(local) ? local : Paths.CorpusDir("mpy", "O" + optimizationLevel, stem);
        var module = MpyReader.ReadFile(path);
        Assert.AreEqual(sourceName, module.SourceName);
        return module;
    }
}
