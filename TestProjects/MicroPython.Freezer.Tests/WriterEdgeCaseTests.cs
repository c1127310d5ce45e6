using MicroPython.Bytecode;
using MicroPython.Bytecode.Targets;

namespace MicroPython.Freezer.Tests;

/// <summary>
/// Writer forms the corpus cases do not reach, against mpy-tool.py v1.28.0 output for the same
/// .mpy (TestData/edge, made by the reference mpy-cross and mpy-tool): no qstr header, a firmware
/// without qstr hashes, an empty frozen qstr pool, a target without long ints.
/// </summary>
[TestClass]
public sealed class WriterEdgeCaseTests
{
    [TestMethod]
    [DataRow("main", "unix", LongIntImplementation.Mpz, "main.fw.c")]
    [DataRow("main", "unix+main.py", LongIntImplementation.Mpz, "main.emptypool.c")]
    [DataRow("main", "none", LongIntImplementation.None, "main.none.c")]
    [DataRow("edge", "unix-hash0", LongIntImplementation.Mpz, "edge.hash0.c")]
    [DataRow("edge", "none", LongIntImplementation.Mpz, "edge.noheader.c")]
    public void MatchesMpyTool(string module, string header, LongIntImplementation longInt, string expected)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "TestData", "edge");
        var mpyPath = Path.Combine(dir, module + ".mpy");
        var unix = File.ReadAllText(ReferenceCase.QstrHeader);
        var firmware = header switch
        {
            "unix" => FirmwareQstrs.Parse(unix),
            "unix+main.py" => FirmwareQstrs.Parse(unix + "Q(main.py)\n"),
            "unix-hash0" => FirmwareQstrs.Parse(unix.Replace("QCFG(BYTES_IN_HASH, (2))", "QCFG(BYTES_IN_HASH, (0))", StringComparison.Ordinal)),
            _ => FirmwareQstrs.StaticOnly,
        };
        var request = new FreezeRequest([], [new FrozenMpyModule(MpyReader.ReadFile(mpyPath), mpyPath)], firmware, new FreezeTarget(longInt));

        var text = FrozenCWriter.WriteText(request);

        const string Prefix = "//\n// Content for MICROPY_MODULE_FROZEN_STR\n//\n#include <stdint.h>\n#define MP_FROZEN_STR_NAMES \\\n\nconst uint32_t mp_frozen_str_sizes[] = { 0 };\nconst char mp_frozen_str_content[] = {\n\"\\0\"\n};\n\n//\n// Content for MICROPY_MODULE_FROZEN_MPY\n//\n";
        StringAssert.StartsWith(text, Prefix);
        ReferenceCase.AssertSame(File.ReadAllText(Path.Combine(dir, expected)), text[Prefix.Length..]);
    }

    [TestMethod]
    public void LongIntOnATargetWithoutThemIsAnError()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "edge", "edge.mpy");
        var request = new FreezeRequest([], [new FrozenMpyModule(MpyReader.ReadFile(path), path)], FirmwareQstrs.StaticOnly, new FreezeTarget(LongIntImplementation.None));

        var e = Assert.ThrowsExactly<FreezerException>(() => FrozenCWriter.WriteText(request));

        Assert.AreEqual(FreezerErrors.LongIntUnsupported, e.Code);
        Assert.AreEqual("edge.py", e.FileName);
    }

    [TestMethod]
    public void AModuleFrozenTwiceIsAnError()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "edge", "main.mpy");
        var module = MpyReader.ReadFile(path);
        var request = new FreezeRequest([], [new FrozenMpyModule(module, "first.mpy"), new FrozenMpyModule(module, "second.mpy")], FirmwareQstrs.StaticOnly, FreezeTarget.Default);

        var e = Assert.ThrowsExactly<FreezerException>(() => FrozenCWriter.WriteText(request));

        Assert.AreEqual(FreezerErrors.BadRequest, e.Code);
        Assert.AreEqual("second.mpy", e.FileName);
    }

    [TestMethod]
    public void StrPartEscapesBytesAndSplitsAfterHexEscapes()
    {
        var request = new FreezeRequest(
            [new FrozenStrModule("a/b.py", [(byte)'x', 0x01, (byte)'a', (byte)'"', (byte)'\\', (byte)'\r', (byte)'\n', 0xff, 0x01, (byte)'z'])],
            [],
            FirmwareQstrs.StaticOnly,
            FreezeTarget.Default);

        var text = FrozenCWriter.WriteText(request);

        StringAssert.Contains(text, "#define MP_FROZEN_STR_NAMES \\\n\"a/b.py\\0\" \\\n\nconst uint32_t mp_frozen_str_sizes[] = { 10, 0 };\n");
        StringAssert.Contains(text, "const char mp_frozen_str_content[] = {\n\"x\\x01\" \"a\\\"\\\\\\r\\n\\xff\\x01\" \"z\\0\"\n\"\\0\"\n};\n\n");
        StringAssert.EndsWith(text, "const char mp_frozen_names[] = { MP_FROZEN_STR_NAMES \"\\0\"};\nconst mp_raw_code_t *const mp_frozen_mpy_content[] = {NULL};\n");
    }
}
