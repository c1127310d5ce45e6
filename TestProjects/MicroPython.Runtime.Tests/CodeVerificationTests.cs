using MicroPython.Bytecode;
using MicroPython.Compiler;
using MicroPython.Runtime.Interpreter;
using MicroPython.Runtime.Objects;
using MicroPython.TestSupport;

namespace MicroPython.Runtime.Tests;

/// <summary>
/// The runner decodes each module's code once and verifies it on the way: bytecode the reader accepts
/// but that would misbehave in the interpreter loop is refused as MPY4001 naming the byte.
/// </summary>
[TestClass]
public sealed class CodeVerificationTests
{
    public static IEnumerable<object[]> CorpusVariants => [["O0"], ["O3"], ["int63"]];

    [TestMethod]
    [DynamicData(nameof(CorpusVariants))]
    public void EveryCorpusModuleVerifies(string variant)
    {
        var files = Directory.GetFiles(Paths.CorpusDir("mpy", variant), "*.mpy", SearchOption.AllDirectories);
        Assert.IsNotEmpty(files);
        foreach (var file in files.Where(f => !IsMisEncoded(f)))
        {
            ModuleLoader.Load(MpyReader.ReadFile(file), new PyDict(), file);
        }
    }

    [TestMethod]
    public void ACallMpyCrossMisEncodesIsRefused()
    {
        // 256 arguments overflow the call's one-byte count: the values pushed are not the values taken.
        var file = Paths.CorpusDir("mpy", "O0", "func_call_256args.mpy");
        Assert.IsTrue(IsMisEncoded(file));
        Assert.ThrowsExactly<MpyFormatException>(() => ModuleLoader.Load(MpyReader.ReadFile(file), new PyDict(), file));
    }

    // Compile-only corpus programs whose calls mpy-cross encodes wrongly (the reference VM fails them too).
    private static bool IsMisEncoded(string mpyFile) =>
        File.ReadLines(Paths.CorpusDir("py", Path.GetFileNameWithoutExtension(mpyFile) + ".py")).Take(4).Any(l => l.Contains("mis-encoded", StringComparison.Ordinal));

    [TestMethod]
    public void OneCorruptOpcodeInACorpusModuleIsRefusedAtItsByte()
    {
        // Byte 852 of float_literals.mpy is a CALL_FUNCTION; as LOAD_DEREF it reads a cell that is not there.
        var data = File.ReadAllBytes(Paths.CorpusDir("mpy", "O0", "float_literals.mpy"));
        data[852] = 0x25;
        var module = MpyReader.Read(data, "float_literals.mpy");
        var e = Assert.ThrowsExactly<MpyFormatException>(() => new MicroPythonVm().Run(module, new StringWriter()));
        Assert.AreEqual(852, e.Offset);
        StringAssert.Contains(e.Message, "error MPY4001");
        StringAssert.Contains(e.Reason, "LOAD_DEREF");
    }

    [TestMethod]
    public void CorruptOpcodesAreRefusedOrVerifyWithoutAHostException()
    {
        // Opcodes of a corpus module replaced by others: whatever the reader accepts, verification
        // either refuses with MPY4001 or accepts; nothing else escapes. (Not run: a corrupted loop may
        // legitimately never end.)
        var original = File.ReadAllBytes(Paths.CorpusDir("mpy", "O0", "float_literals.mpy"));
        var refused = 0;
        foreach (var op in new byte[] { 0x12, 0x24, 0x25, 0x26, 0x2a, 0x34, 0x36, 0x42, 0x49, 0x4b, 0x59, 0x5b, 0x5d, 0x63, 0x68 })
        {
            for (var at = 830; at < 870; at++)
            {
                var data = (byte[])original.Clone();
                data[at] = op;
                MpyModule module;
                try
                {
                    module = MpyReader.Read(data);
                }
                catch (MpyFormatException)
                {
                    continue;
                }

                try
                {
                    ModuleLoader.Load(module, new PyDict(), null);
                }
                catch (MpyFormatException)
                {
                    refused++;
                }
            }
        }

        Assert.IsGreaterThan(0, refused);
    }

    [TestMethod]
    [DataRow(new byte[] { 0x51, 0x51, 0x51, 0x63 }, "the stack grows to 3, past the state size of 2")]
    [DataRow(new byte[] { 0x59, 0x59, 0x59, 0x51, 0x63 }, "takes 1 values from a stack of -2")]
    [DataRow(new byte[] { 0xb5, 0x63 }, "local 5 is outside the state of 2")]
    [DataRow(new byte[] { 0x51 }, "runs past its end")]
    [DataRow(new byte[] { 0x22, 0x81, 0x01, 0x42, 0x3c }, "jump target 1 is not the start of an instruction")]
    [DataRow(new byte[] { 0x11, 0x7f, 0x63 }, "qstr index 127 is outside the table")]
    [DataRow(new byte[] { 0x23, 0x7f, 0x63 }, "constant index 127 is outside the table")]
    [DataRow(new byte[] { 0x5d, 0x51, 0x63 }, "ends a finally with no handler active")]
    [DataRow(new byte[] { 0x49, 0x00, 0x51, 0x63 }, "exception handlers nest 1 deep, past the prelude's 0")]
    public void InvalidCodeIsRefusedBeforeItRuns(byte[] code, string reason)
    {
        var module = MpyCompiler.Compile("pass\n", "t.py", CompilerOptions.Default);
        var prelude = module.Root.Prelude with { NState = 2, NExcStack = 0 };
        var bad = module with { Root = new RawCode(prelude, code, []) };
        var output = new StringWriter();
        var e = Assert.ThrowsExactly<MpyFormatException>(() => new MicroPythonVm().Run(bad, output));
        StringAssert.Contains(e.Reason, reason);
        Assert.AreEqual("", output.ToString(), "nothing runs before the code is verified");
    }
}
