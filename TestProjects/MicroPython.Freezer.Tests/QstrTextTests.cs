using System.Text;
using MicroPython.Bytecode;
using MicroPython.Freezer.CSource;

namespace MicroPython.Freezer.Tests;

[TestClass]
public sealed class QstrTextTests
{
    [TestMethod]
    [DataRow("<module>", "_lt_module_gt_")]
    [DataRow("mod1.py", "mod1_dot_py")]
    [DataRow("pkg/__init__.py", "pkg_slash___init___dot_py")]
    [DataRow("from mpy", "from_space_mpy")]
    [DataRow("0.1.2", "0_dot_1_dot_2")]
    [DataRow("\n", "_0x0a_")]
    [DataRow("caf\u00e9", "caf_eacute_")]
    [DataRow("\u4e2d", "_0x4e2d_")]
    [DataRow("\U0001F600", "_0x1f600_")]
    public void EscapesIdentifiers(string text, string expected) => Assert.AreEqual(expected, QstrText.Identifier(text));

    [TestMethod]
    [DataRow("0.1.2", 0, 0x6916u)]
    [DataRow("0.1.2", 1, 22u)]
    public void HashesLikeTheFirmware(string text, int bytes, uint expected) =>
        Assert.AreEqual(expected, QstrText.Hash(Encoding.UTF8.GetBytes(text), bytes));

    [TestMethod]
    [DataRow("plain text", "plain text")]
    [DataRow("a\"b", "\\x61\\x22\\x62")]
    [DataRow("\u00e9", "\\xc3\\xa9")]
    public void WritesPoolLiterals(string text, string expected) => Assert.AreEqual(expected, QstrText.PoolLiteral(new MpyText(text)));

    [TestMethod]
    [DataRow("it's", "\"it's\"")]
    [DataRow("a\nb\t", "'a\\nb\\t'")]
    [DataRow("\u00a0\u00e9\u2028", "'\\xa0\u00e9\\u2028'")]
    [DataRow("\x7f", "'\\x7f'")]
    public void WritesCPythonRepr(string text, string expected) => Assert.AreEqual(expected, Python3Repr.Of(text));

    [TestMethod]
    public void KeepsLoneSurrogatesAsMicroPythonDoes()
    {
        Assert.AreEqual("_0xd800_", QstrText.Identifier("\ud800"));
        Assert.AreEqual("\\xed\\xa0\\x80", QstrText.PoolLiteral(new MpyText("\ud800")));
        Assert.AreEqual("'\\ud800'", Python3Repr.Of("\ud800"));
        Assert.AreEqual(3, QstrText.CodePointLength("a\ud800\U0001F600"));
        Assert.IsTrue(CodePointComparer.Instance.Compare("\uFFFD", "\U0001F600") < 0);
        Assert.IsTrue(CodePointComparer.Instance.Compare("\ud800", "\ue000") < 0);
    }

    [TestMethod]
    public void KeepsAPairWrittenAsTwoEscapesAsTwoCodePoints()
    {
        // what mpy-cross stores for "\ud83d\ude00", next to the character U+1F600 those escapes would form
        Assert.IsTrue(MpyText.TryDecode([0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80], out var split));
        var joined = new MpyText("\U0001F600");

        Assert.AreEqual("_0xd83d__0xde00_", QstrText.Identifier(split));
        Assert.AreEqual("_0x1f600_", QstrText.Identifier(joined));
        Assert.AreEqual("\\xed\\xa0\\xbd\\xed\\xb8\\x80", QstrText.PoolLiteral(split));
        Assert.AreEqual("'\\ud83d\\ude00'", Python3Repr.Of(split));
        Assert.AreEqual(2, QstrText.CodePointLength(split));
        Assert.AreEqual(1, QstrText.CodePointLength(joined));
        Assert.IsTrue(CodePointComparer.Instance.Compare(split, joined) < 0);
        Assert.IsTrue(CodePointComparer.Instance.Compare(split, new MpyText("\ue000")) < 0);
    }
}
