using MicroPython.Compiler.Diagnostics;

namespace MicroPython.Compiler.Tests.Emit;

/// <summary>
/// The core promise: every corpus program compiles to the same bytes as mpy-cross v1.28.0, at -O0,
/// -O3 and with 63-bit small ints. Cases listed in known-differences.txt must still differ, so the
/// list can only shrink.
/// </summary>
[TestClass]
public sealed class CorpusConformanceTests
{
    [TestMethod]
    [DynamicData(nameof(ConformanceCase.All), typeof(ConformanceCase))]
    public void CompilesToReferenceBytes(string variant, string name)
    {
        var expected = ConformanceCase.Expected(variant, name);
        string? difference;
        try
        {
            difference = MpyDifference.Describe(expected, ConformanceCase.Compile(variant, name));
        }
        catch (CompileError e)
        {
            difference = $"compile error: {e.Message} (line {e.Line})";
        }

        var key = ConformanceCase.Key(variant, name);
        if (ConformanceCase.KnownDifferences.Contains(key))
        {
            Assert.IsNotNull(difference, $"{key} now matches the reference; remove it from Emit/known-differences.txt");
        }
        else
        {
            Assert.IsNull(difference, $"{key}: {difference}");
        }
    }
}
