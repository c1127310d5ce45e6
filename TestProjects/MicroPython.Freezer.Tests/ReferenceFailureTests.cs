using System.Globalization;
using System.Text.RegularExpressions;
using MicroPython.Bytecode;
using MicroPython.TestSupport;

namespace MicroPython.Freezer.Tests;

/// <summary>
/// The corpus files mpy-tool.py cannot freeze (REFERENCE-FAILURES.txt: float constants beyond the
/// single range). Ours freezes them, storing ±infinity in the REPR_C word as the target would.
/// </summary>
[TestClass]
public sealed partial class ReferenceFailureTests
{
    [TestMethod]
    [DataRow("const_tuples")]
    [DataRow("float_arith")]
    [DataRow("float_format")]
    [DataRow("float_literals")]
    public void FreezesFloatsBeyondSingleRangeAsInfinity(string name)
    {
        var path = Paths.CorpusDir("mpy", "O0", name + ".mpy");
        var request = new FreezeRequest([], [new FrozenMpyModule(MpyReader.ReadFile(path), path)], FirmwareQstrs.FromFile(ReferenceCase.QstrHeader), FreezeTarget.Default);
        var text = FrozenCWriter.WriteText(request);

        var floats = FloatBlock().Matches(text);
        Assert.IsTrue(floats.Count > 0);
        var overflowed = 0;
        foreach (Match m in floats)
        {
            var value = m.Groups[1].Value;
            var cWord = m.Groups[2].Value;
            var d = value switch
            {
                "inf" => double.PositiveInfinity,
                "-inf" => double.NegativeInfinity,
                "nan" => double.NaN,
                _ => double.Parse(value, CultureInfo.InvariantCulture),
            };
            if (!double.IsNaN(d) && !double.IsInfinity(d) && Math.Abs(d) > float.MaxValue * 1.0000001)
            {
                overflowed++;
                Assert.AreEqual(d > 0 ? "100000002" : "180000002", cWord, $"REPR_C word of {value}");
            }
        }

        Assert.IsTrue(overflowed > 0, "the file has a float beyond the single range");
    }

    [GeneratedRegex(@"\(mp_float_t\)(\S+)\};\n#define \w+ MP_ROM_PTR\(&\w+\)\n#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C\n#define \w+ \(\(mp_rom_obj_t\)\(0x([0-9a-f]+)\)\)")]
    private static partial Regex FloatBlock();
}
