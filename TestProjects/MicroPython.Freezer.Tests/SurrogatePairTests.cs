using MicroPython.Compiler;

namespace MicroPython.Freezer.Tests;

/// <summary>
/// A module holding a surrogate pair written as two escapes next to the character it forms.
/// mpy-tool.py cannot freeze it (Python refuses to decode surrogates from UTF-8); ours keeps
/// MicroPython's bytes, so the two spellings are two qstrs with their own lengths and hashes.
/// </summary>
[TestClass]
public sealed class SurrogatePairTests
{
    [TestMethod]
    public void EachSpellingIsAQstrOfItsOwnBytes()
    {
        var module = MpyCompiler.Compile("a = '\\ud83d\\ude00'\nb = '\U0001F600'\nc = '\\ud83d\\ude00 is no qstr, being long'\n", "m.py", new CompilerOptions());
        var request = new FreezeRequest([], [new FrozenMpyModule(module, "m.mpy")], FirmwareQstrs.StaticOnly, FreezeTarget.Default);

        var text = FrozenCWriter.WriteText(request);

        StringAssert.Contains(text, "MP_QSTR__0xd83d__0xde00_,");
        StringAssert.Contains(text, "MP_QSTR__0x1f600_,");
        StringAssert.Contains(text, "\"\\xed\\xa0\\xbd\\xed\\xb8\\x80\",");
        StringAssert.Contains(text, "\"\\xf0\\x9f\\x98\\x80\",");

        // djb2-xor over the bytes, one byte of hash: 32 for the six bytes, 242 for the four
        StringAssert.Contains(text, "const_obj_m_0 = {{&mp_type_str}, 190, 29, (const byte*)\"\\xed\\xa0\\xbd\\xed\\xb8\\x80\\x20");
        var lengths = text[text.IndexOf("mp_qstr_frozen_const_lengths", StringComparison.Ordinal)..];
        var hashes = text[text.IndexOf("mp_qstr_frozen_const_hashes", StringComparison.Ordinal)..];
        var pool = PoolEntries(text);
        var split = pool.IndexOf("\\xed\\xa0\\xbd\\xed\\xb8\\x80");
        var joined = pool.IndexOf("\\xf0\\x9f\\x98\\x80");
        Assert.AreEqual("6", Column(lengths, split));
        Assert.AreEqual("4", Column(lengths, joined));
        Assert.AreEqual("32", Column(hashes, split));
        Assert.AreEqual("242", Column(hashes, joined));
    }

    private static List<string> PoolEntries(string text)
    {
        var start = text.IndexOf("(qstr_len_t *)mp_qstr_frozen_const_lengths,", StringComparison.Ordinal);
        return text[start..].Split('\n').Skip(2).TakeWhile(l => l.StartsWith("        \"", StringComparison.Ordinal))
            .Select(l => l.Trim().TrimEnd(',').Trim('"')).ToList();
    }

    private static string Column(string arrayAndAfter, int index) =>
        arrayAndAfter.Split('\n').Skip(1).ElementAt(index).Trim().TrimEnd(',');
}
