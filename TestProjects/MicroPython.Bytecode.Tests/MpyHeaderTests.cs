using MicroPython.Bytecode;

namespace MicroPython.Bytecode.Tests;

[TestClass]
public sealed class MpyHeaderTests
{
    [TestMethod]
    public void BytecodeHeaderHasNoArchitecture()
    {
        var header = MpyHeader.ForBytecode(63);
        Assert.AreEqual(NativeArch.None, header.Arch);
        Assert.AreEqual((byte)63, header.SmallIntBits);
    }
}
