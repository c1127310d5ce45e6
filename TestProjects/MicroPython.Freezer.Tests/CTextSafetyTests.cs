using MicroPython.Compiler;

namespace MicroPython.Freezer.Tests;

/// <summary>No name or path can end a C comment or string of frozen_content.c and add C of its own.</summary>
[TestClass]
public sealed class CTextSafetyTests
{
    [TestMethod]
    public void AStrModuleNameIsEscapedInItsCString()
    {
        var text = FrozenCWriter.WriteText(new FreezeRequest([new FrozenStrModule("a\"b\\c??/.py", "x"u8.ToArray())], [], FirmwareQstrs.StaticOnly, FreezeTarget.Default));

        StringAssert.Contains(text, "\"a\\\"b\\\\c?\\?/.py\\0\" \\\n");
    }

    [TestMethod]
    public void AnOriginPathCannotEndItsComment()
    {
        var module = MpyCompiler.Compile("x = 1\n", "m.py", new CompilerOptions());

        var text = FrozenCWriter.WriteText(new FreezeRequest([], [new FrozenMpyModule(module, "dir\n#error injected\\")], FirmwareQstrs.StaticOnly, FreezeTarget.Default));

        StringAssert.Contains(text, "// - original source file: dir\\x0a#error injected\\x5c\n");
        Assert.IsFalse(text.Contains("\n#error injected", StringComparison.Ordinal));
    }

    [TestMethod]
    [DataRow("a\nb.py")]
    [DataRow("a\u007fb.py")]
    public void AFrozenNameWithAControlCharacterIsRefused(string name)
    {
        var module = MpyCompiler.Compile("x = 1\n", name, new CompilerOptions());

        var e = Assert.ThrowsExactly<FreezerException>(() => FrozenCWriter.WriteText(new FreezeRequest([], [new FrozenMpyModule(module, "m.mpy")], FirmwareQstrs.StaticOnly, FreezeTarget.Default)));
        var str = Assert.ThrowsExactly<FreezerException>(() => FrozenCWriter.WriteText(new FreezeRequest([new FrozenStrModule(name, [])], [], FirmwareQstrs.StaticOnly, FreezeTarget.Default)));

        Assert.AreEqual(DiagnosticCodes.BadFrozenPath, e.Code);
        Assert.AreEqual(DiagnosticCodes.BadFrozenPath, str.Code);
    }

    [TestMethod]
    [DataRow("x;int y.py")]
    [DataRow("a b.py")]
    [DataRow("a-b.py")]
    public void ABytecodeModuleWhoseCNameIsNoIdentifierIsRefused(string name)
    {
        var module = MpyCompiler.Compile("x = 1\n", name, new CompilerOptions());

        var e = Assert.ThrowsExactly<FreezerException>(() => FrozenCWriter.WriteText(new FreezeRequest([], [new FrozenMpyModule(module, "m.mpy")], FirmwareQstrs.StaticOnly, FreezeTarget.Default)));

        Assert.AreEqual(DiagnosticCodes.BadFrozenPath, e.Code);
    }

    [TestMethod]
    public void ANonAsciiNameIsWrittenAsItIs()
    {
        var module = MpyCompiler.Compile("x = 1\n", "caf\u00e9/m.py", new CompilerOptions());

        var text = FrozenCWriter.WriteText(new FreezeRequest([], [new FrozenMpyModule(module, "m.mpy")], FirmwareQstrs.StaticOnly, FreezeTarget.Default));

        StringAssert.Contains(text, "    \"caf\u00e9/m.py\\0\"\n");
    }
}
