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

    /// <summary>
    /// A surrogate pair written as two escapes is two code points (six bytes), not the character
    /// they form, and the two spellings are two qstrs or constants. Each expected file is what
    /// mpy-cross v1.28.0 writes for the source (compiled as <c>s.py</c>).
    /// </summary>
    [TestMethod]
    [DataRow("x = \"\\ud83d\\ude00\"\n", "4d06001f04000873 2e7079000f0ceda0bdedb8800002780048000201100216035163")]
    [DataRow("x = \"\\ud83d\\ude00\"\ny = \"\U0001F600\"\n", "4d06001f06000873 2e7079000f0ceda0bdedb8800008f09f988000027800027900700004012410021604100316055163")]
    [DataRow(
        "d = {\"\\ud83d\\ude00\": 1, \"\U0001F600\": 2}\nx = \"\\ud83d\\ude00 long string here\"\ny = \"\U0001F600 long string here\"\nz = \"\\ud83d\\ude00 long string here\"\n",
        "4d06001f08020873 2e7079000f0ceda0bdedb8800008f09f988000026400027800027900027a000517eda0bdedb880206c6f6e6720737472696e672068657265000515f09f9880206c6f6e6720737472696e6720686572650082001008012c24242c02811002628210036216042300160523011606230016075163")]
    [DataRow(
        "x = f\"\\ud83d\\ude00{a}\"\ny = \"\\ud83d\" \"\\ude00\"\nz = \"\\U0000d83d\\U0000de00\"\n",
        "4d06001f09000873 2e7079000f10eda0bdedb8807b7d0081290ceda0bdedb88000026100027800027900027a0081481006012a241002140311053601160610041607100416085163")]
    [DataRow(
        "\U0001F600\U0001F600\U0001F600 = 1\nx = \"\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\"\ny = \"\U0001F600\U0001F600\U0001F600\"\n",
        "4d06001f05010873 2e7079000f18f09f9880f09f9880f09f9880000278000279000512eda0bdedb880eda0bdedb880eda0bdedb880008110000601232481160223001603100216045163")]
    [DataRow(
        "X = const(\"\\ud83d\\ude00\")\nt = (\"\\ud83d\\ude00\", \"\U0001F600\", 1)\nprint(X)\n",
        "4d06001f06020873 2e7079000f0ceda0bdedb8800002580002740081770a030506eda0bdedb880000504f09f9880000701310506eda0bdedb88000813008060124241002160323001604110523013401595163")]
    [DataRow("x = t\"\\ud83d\\ude00{a}\"\n", "4d06001f06010873 2e7079000f02610003185f5f74656d706c6174655f5f000278000a020506eda0bdedb8800005000081202802011104230011021002511003340516055163")]
    public void PairWrittenAsTwoEscapesStaysTwoCodePoints(string source, string expectedHex)
    {
        var written = MpyWriter.Write(MpyCompiler.Compile(source, "s.py", new CompilerOptions()));

        Assert.AreEqual(expectedHex.Replace(" ", "", StringComparison.Ordinal), Convert.ToHexString(written), ignoreCase: true);
    }
}
