using MicroPython.Compiler.Diagnostics;
using MicroPython.Compiler.Syntax;

namespace MicroPython.Compiler.Tests.Syntax;

[TestClass]
public sealed class SyntaxErrorTests
{
    private static CompileError ErrorOf(string source) =>
        Assert.ThrowsExactly<CompileError>(() => Parser.Parse(source, "e.py", ParseOptions.Default));

    [TestMethod]
    [DataRow("x = 1 if 2\n", "SyntaxError", "invalid syntax", 1, 11, "MPY1001")]
    [DataRow("x = (1,\ny = 2\n", "SyntaxError", "invalid syntax", 2, 3, "MPY1001")]
    [DataRow("x = $\n", "SyntaxError", "invalid syntax", 1, 5, "MPY1001")]
    [DataRow("x = 'abc\n", "SyntaxError", "invalid syntax", 1, 5, "MPY1001")]
    [DataRow("x = b'a' 'b'\n", "SyntaxError", "invalid syntax", 1, 10, "MPY1001")]
    [DataRow("x.__debug__\n", "SyntaxError", "invalid syntax", 1, 3, "MPY1001")]
    [DataRow("  x = 1\n", "IndentationError", "unexpected indent", 1, 3, "MPY1002")]
    [DataRow("if x:\n    a\n  b\n", "IndentationError", "unindent doesn't match any outer indent level", 2, 6, "MPY1003")]
    [DataRow("x = f'{}'\n", "SyntaxError", "malformed f-string", 1, 5, "MPY1004")]
    [DataRow("x = 01\n", "SyntaxError", "invalid syntax for integer with base 0: '01'", 1, 5, "MPY1005")]
    [DataRow("x = 0x\n", "SyntaxError", "invalid syntax for integer with base 16: ''", 1, 5, "MPY1005")]
    [DataRow("x = 0b102\n", "SyntaxError", "invalid syntax for integer with base 2: '102'", 1, 5, "MPY1005")]
    [DataRow("x = 1e\n", "SyntaxError", "invalid syntax for number", 1, 5, "MPY1005")]
    [DataRow("x = const(y)\n", "SyntaxError", "not a constant", 1, 5, "MPY1006")]
    [DataRow("x = '\\N{DASH}'\n", "NotImplementedError", "unicode name escapes", 1, 5, "MPY1008")]
    public void ErrorsCarryTheReferenceMessageAndAColumn(string source, string type, string message, int line, int column, string code)
    {
        var error = ErrorOf(source);
        Assert.AreEqual((type, message, line, column, code), (error.ExceptionType, error.PythonMessage, error.Line, error.Column, error.Code));
        Assert.IsNull(error.ScopeName);
    }

    [TestMethod]
    public void NamesOver255BytesAreTooLong()
    {
        Parser.Parse(new string('a', 255) + " = 1\n", "e.py", ParseOptions.Default);
        var error = ErrorOf(new string('a', 256) + " = 1\n");
        Assert.AreEqual(("RuntimeError", "name too long", "MPY1007"), (error.ExceptionType, error.PythonMessage, error.Code));
    }

    [TestMethod]
    [DataRow(100_000)]
    [DataRow(5_000)]
    public void DeepNestingIsRefusedCleanly(int depth)
    {
        var error = ErrorOf("x = " + new string('(', depth) + "1" + new string(')', depth) + "\n");
        Assert.AreEqual(("RuntimeError", "maximum recursion depth exceeded", "MPY1009"), (error.ExceptionType, error.PythonMessage, error.Code));

        // the limit counts every unfinished rule, however the parser groups them on its stack,
        // so it is met at the same bracket
        Assert.AreEqual((1, 629), (error.Line, error.Column));
    }

    [TestMethod]
    public void ModerateNestingParses()
    {
        var source = "x = " + new string('[', 500) + new string(']', 500) + "\n" + "y = " + new string('-', 2000) + "1\n";
        Assert.IsNotNull(Parser.Parse(source, "e.py", ParseOptions.Default).Root);
    }

    [TestMethod]
    public void DeeplyNestedBlocksAreRefusedCleanly()
    {
        var source = new System.Text.StringBuilder();
        for (var i = 0; i < 2_000; i++)
        {
            source.Append(' ', i).Append("if 1:\n");
        }

        Assert.AreEqual("MPY1009", ErrorOf(source.Append(' ', 2_000).Append("pass\n").ToString()).Code);
    }

    [TestMethod]
    public void ATenthOfAMillionBlocksInARowParse()
    {
        var source = new System.Text.StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            source.Append("if x:\n    y\n");
        }

        var root = (RuleNode)Parser.Parse(source.ToString(), "e.py", ParseOptions.Default).Root;
        Assert.AreEqual(100_000, root.Count);
    }

    [TestMethod]
    public void AHundredMegabyteLineParses()
    {
        var source = "x = 1  # " + new string('c', 100_000_000) + "\ny = 2\n";
        var root = (RuleNode)Parser.Parse(source, "e.py", ParseOptions.Default).Root;
        Assert.AreEqual(2, ((RuleNode)root[1]!).Line);
    }

    [TestMethod]
    public void ATenMegabyteStringParses()
    {
        var source = "x = '" + new string('a', 10_000_000) + "'\n";
        var value = ((RuleNode)Parser.Parse(source, "e.py", ParseOptions.Default).Root)[1];
        Assert.AreEqual(10_000_000, ((Bytecode.Constants.MpyStr)((ConstNode)value!).Value).Value.Length);
    }

    [TestMethod]
    public void BinaryGarbageGivesASyntaxError()
    {
        var random = new Random(1234);
        for (var i = 0; i < 200; i++)
        {
            var chars = new char[random.Next(1, 200)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = (char)random.Next(0, 128);
            }

            try
            {
                Parser.Parse(new string(chars), "e.py", ParseOptions.Default);
            }
            catch (CompileError error)
            {
                Assert.StartsWith("MPY100", error.Code);
            }
        }
    }
}
