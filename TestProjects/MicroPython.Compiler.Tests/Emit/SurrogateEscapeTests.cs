using MicroPython.Bytecode;

namespace MicroPython.Compiler.Tests.Emit;

/// <summary>
/// Escapes that name surrogate code points: MicroPython encodes each as its own three bytes
/// (ED A0 80 for <c>\ud800</c>), where a strict UTF-8 encoder would refuse or replace it. The
/// expected bytes (length prefix, text, NUL) are what mpy-cross v1.28.0 writes for each program.
/// </summary>
[TestClass]
public sealed class SurrogateEscapeTests
{
    [TestMethod]
    [DataRow("x = '\\ud83d'\n", new byte[] { 0x06, 0xed, 0xa0, 0xbd, 0x00 })]
    [DataRow("x = 'x\\udfffy'\n", new byte[] { 0x0a, 0x78, 0xed, 0xbf, 0xbf, 0x79, 0x00 })]
    [DataRow("x = '\\U0000d800'\n", new byte[] { 0x06, 0xed, 0xa0, 0x80, 0x00 })]
    [DataRow("x = '\\ud83d' '\\U0001F600'\n", new byte[] { 0x0e, 0xed, 0xa0, 0xbd, 0xf0, 0x9f, 0x98, 0x80, 0x00 })]
    [DataRow("x = f'\\udc00{b!r}\\udbff'\n", new byte[] { 0x14, 0xed, 0xb0, 0x80, 0x7b, 0x21, 0x72, 0x7d, 0xed, 0xaf, 0xbf, 0x00 })]
    [DataRow("x = b'\\ud83d\\ude00'\n", new byte[] { 0x06, 0x0c, 0x5c, 0x75, 0x64, 0x38, 0x33, 0x64, 0x5c, 0x75, 0x64, 0x65, 0x30, 0x30, 0x00 })]
    [DataRow("x = '\\ud83d and a much longer string that is no qstr \\udfff'\n", new byte[] { 0x05, 0x30, 0xed, 0xa0, 0xbd, 0x20, 0x61, 0x6e, 0x64 })]
    public void EachSurrogateEscapeIsEncodedOnItsOwn(string source, byte[] expected)
    {
        var written = MpyWriter.Write(MpyCompiler.Compile(source, "s.py", new CompilerOptions()));

        Assert.IsTrue(written.AsSpan().IndexOf(expected) >= 0, Convert.ToHexString(written));
    }
}
