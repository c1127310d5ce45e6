using MicroPython.Bytecode.Disassembly;
using MicroPython.Bytecode.Opcodes;

namespace MicroPython.Bytecode.Tests;

[TestClass]
public sealed class DisassemblerTests
{
    private static string Dump(string corpusName) =>
        Disassembler.Disassemble(MpyReader.ReadFile(CorpusFiles.MpyPath(corpusName)));

    [TestMethod]
    public void ListingOfTabbedProgramIsPinned()
    {
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Expected", "syntax_tabs.dump.txt"));
        Assert.AreEqual(expected, Dump("O0/syntax_tabs.mpy"));
    }

    [TestMethod]
    public void JumpsShowAbsoluteTargetsDecodedPerTheFormat()
    {
        var listing = Dump("O0/syntax_tabs.mpy");

        // 42 47: signed one-byte JUMP, 0x47 - 0x40 = +7 from the end of the instruction at 0x34.
        StringAssert.Contains(listing, "0032  4247        JUMP -> 003b");
        // 43 35: 0x35 - 0x40 = -11 back from 0x3f.
        StringAssert.Contains(listing, "003d  4335        POP_JUMP_IF_TRUE -> 0034");
        // 48 04: unsigned SETUP_EXCEPT, +4 from 0x02.
        StringAssert.Contains(listing, "0000  4804        SETUP_EXCEPT -> 0006");
    }

    [TestMethod]
    public void QstrOperandsShowNamesAndStaticEntriesAreMarked()
    {
        var listing = Dump("O0/syntax_tabs.mpy");

        StringAssert.Contains(listing, "     1  '<module>' (static)");
        StringAssert.Contains(listing, "0007  1211        LOAD_GLOBAL 'ZeroDivisionError'");
        StringAssert.Contains(listing, "0009  3401        CALL_FUNCTION pos=1 kw=0");
    }

    [TestMethod]
    public void ConstantsShowTheirReprAndKind()
    {
        var listing = Dump("O0/const_dedup.mpy");

        StringAssert.Contains(listing, "float -0.0");
        StringAssert.Contains(listing, "float 1.0");
        StringAssert.Contains(listing, "LOAD_CONST_OBJ ");
    }

    [TestMethod]
    [DynamicData(nameof(CorpusFiles.AllMpy), typeof(CorpusFiles))]
    public void EveryJumpOfEveryCorpusFileLandsOnAnInstruction(string relativePath)
    {
        var module = MpyReader.ReadFile(CorpusFiles.MpyPath(relativePath));
        foreach (var rc in module.Root.SelfAndDescendants())
        {
            var instructions = InstructionDecoder.Decode(rc.Code);
            var starts = instructions.Select(i => (long)i.Offset).Append(rc.Code.Length).ToHashSet();
            foreach (var jump in instructions.Where(i => i.IsJump))
            {
                Assert.Contains(jump.Operand, starts, $"{relativePath}: {jump.Mnemonic} at {jump.Offset} targets {jump.Operand}");
            }

            Assert.IsFalse(string.IsNullOrEmpty(Disassembler.Disassemble(module)));
        }
    }
}
