using MicroPython.Freezer.Manifests;

namespace MicroPython.Freezer.Tests;

/// <summary>Manifests that would exhaust memory, time or the stack, or read endless files, are errors with a location.</summary>
[TestClass]
public sealed class ManifestLimitTests
{
    private static readonly Dictionary<string, string> NoVariables = [];

    [TestMethod]
    [DataRow("module('m.py', opt=2**70)\n")]
    [DataRow("module('m.py', opt=123456789012345678901234567890)\n")]
    [DataRow("x = 9223372036854775807 + 1\n")]
    public void IntegersBeyond64BitsAreAnError(string code)
    {
        AssertTooLarge(code, "64 bits");
    }

    [TestMethod]
    public void AStringDoubledInALoopIsStoppedAtItsLimit()
    {
        AssertTooLarge("s = 'ab'\n" + string.Concat(Enumerable.Repeat("s = s + s\n", 64)), "characters");
    }

    [TestMethod]
    public void AListDoubledInALoopIsStoppedAtItsLimit()
    {
        AssertTooLarge("l = ['m.py']\n" + string.Concat(Enumerable.Repeat("l = l + l\n", 64)), "items");
    }

    [TestMethod]
    public void ComparingSharedNestedListsIsBounded()
    {
        // each line doubles the size of a full walk, and the nesting deepens by one
        AssertTooLarge("l = []\n" + string.Concat(Enumerable.Repeat("l = [l, l]\n", 200)) + "x = l == l\n", "nested");
    }

    [TestMethod]
    public void ADeeplyNestedExpressionIsAnErrorNotAStackOverflow()
    {
        using var t = new TempTree();
        var m = t.Write("manifest.py", "x = " + new string('(', 5000) + "1" + new string(')', 5000) + "\n");

        var e = Assert.ThrowsExactly<FreezerException>(() => ManifestEvaluator.Evaluate(m, NoVariables));

        Assert.AreEqual(m, e.FileName);
    }

    [TestMethod]
    [DataRow("/dev/zero")]
    [DataRow("/dev/urandom")]
    public void IncludingAnEndlessDeviceIsAnError(string device)
    {
        var e = Evaluate($"include('{device}')\n", (_, _) => { });

        Assert.AreEqual(FreezerErrors.MissingFile, e.Code);
        StringAssert.Contains(e.Message, "not a regular file");
    }

    [TestMethod]
    public void AFifoModuleIsAnErrorWithoutWaiting()
    {
        var e = Evaluate("module('fifo.py')\n", (t, _) => SpecialFiles.Fifo(t.Path_("fifo.py")));

        Assert.AreEqual(FreezerErrors.MissingFile, e.Code);
        Assert.AreEqual(1, e.Line);
    }

    [TestMethod]
    public void AFifoInAPackageFolderIsAnError()
    {
        var e = Evaluate("package('pkg')\n", (t, _) =>
        {
            t.Write("pkg/__init__.py", "");
            SpecialFiles.Fifo(t.Path_("pkg/pipe.py"));
        });

        Assert.AreEqual(FreezerErrors.MissingFile, e.Code);
        StringAssert.Contains(e.Message, "pipe.py");
    }

    [TestMethod]
    public void ADanglingLinkInAPackageFolderIsAnError()
    {
        var e = Evaluate("package('pkg')\n", (t, _) =>
        {
            t.Write("pkg/__init__.py", "");
            File.CreateSymbolicLink(t.Path_("pkg/gone.py"), t.Path_("nowhere.py"));
        });

        Assert.AreEqual(FreezerErrors.MissingFile, e.Code);
        StringAssert.Contains(e.Message, "gone.py");
    }

    [TestMethod]
    [DataRow("module('a\\x00b.py')\n")]
    [DataRow("package('pkg', files=['a\\x00b.py'])\n")]
    [DataRow("include('a\\x00b.py')\n")]
    public void APathWithANulCharacterIsAnError(string code)
    {
        var e = Evaluate(code, (t, _) => t.Write("pkg/__init__.py", ""));

        Assert.AreEqual(FreezerErrors.MissingFile, e.Code);
        Assert.AreEqual(1, e.Line);
    }

    [TestMethod]
    public void AFrozenPathWithAControlCharacterIsRefused()
    {
        var e = Evaluate("package('pkg')\n", (t, _) => t.Write("pkg/a\nb.py", ""));

        Assert.AreEqual(DiagnosticCodes.BadFrozenPath, e.Code);
        StringAssert.Contains(e.Message, "a\\x0ab.py");
        Assert.IsFalse(e.Message.Contains('\n', StringComparison.Ordinal));
    }

    private static void AssertTooLarge(string code, string what)
    {
        var e = Evaluate(code, (t, _) => t.Write("m.py", ""));

        Assert.AreEqual(FreezerErrors.ManifestTooLarge, e.Code, e.Message);
        StringAssert.Contains(e.Message, what);
        Assert.IsTrue(e.Line > 0);
    }

    private static FreezerException Evaluate(string code, Action<TempTree, string> setUp)
    {
        using var t = new TempTree();
        setUp(t, code);
        var m = t.Write("manifest.py", code);
        return Assert.ThrowsExactly<FreezerException>(() => ManifestEvaluator.Evaluate(m, NoVariables));
    }
}
