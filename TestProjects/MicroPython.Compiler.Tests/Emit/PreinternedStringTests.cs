using MicroPython.Bytecode;

namespace MicroPython.Compiler.Tests.Emit;

/// <summary>
/// mpy-cross interns the input path before parsing, so a long string literal equal to it loads as
/// a qstr. Expected bytes: <c>mpy-cross -s longname_mod.py path/to/longname_mod.py</c> (and the
/// same file compiled from its own directory).
/// </summary>
[TestClass]
public sealed class PreinternedStringTests
{
    private const string Source = "s = \"path/to/longname_mod.py\"\n";

    [TestMethod]
    public void InputPathMakesAnEqualLiteralAQstr()
    {
        var options = new CompilerOptions { PreinternedStrings = ["path/to/longname_mod.py"] };

        var bytes = MpyWriter.Write(MpyCompiler.Compile(Source, "longname_mod.py", options));

        Assert.AreEqual(
            "4d06001f04001e6c6f6e676e616d655f6d6f642e7079000f2e706174682f746f2f6c6f6e676e616d655f6d6f642e70790002730048000201100216035163",
            Convert.ToHexStringLower(bytes));
    }

    [TestMethod]
    public void WithoutItTheLiteralIsAConstantObject()
    {
        var bytes = MpyWriter.Write(MpyCompiler.Compile(Source, "longname_mod.py", new CompilerOptions()));

        Assert.AreEqual(
            "4d06001f03011e6c6f6e676e616d655f6d6f642e7079000f0273000517706174682f746f2f6c6f6e676e616d655f6d6f642e70790048000201230016025163",
            Convert.ToHexStringLower(bytes));
    }
}
