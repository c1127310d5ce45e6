using MicroPython.Compiler.Diagnostics;

namespace MicroPython.Compiler.Tests.Emit;

/// <summary>Compiler errors beyond the corpus: codes, columns and limits that must not crash.</summary>
[TestClass]
public sealed class CompileErrorTests
{
    [TestMethod]
    [DataRow("x = 1\nreturn x\n", 2, 1, "<module>", "'return' outside function", "MPY1106")]
    [DataRow("def f():\n    if x: break\n", 2, 11, "f", "'break'/'continue' outside loop", "MPY1105")]
    [DataRow("def f():\n    x = 1\n    global x\n", 3, 5, "f", "identifier redefined as global", "MPY1111")]
    [DataRow("def f():\n    global a, b\n    c = 1\n    nonlocal c\n", 4, 5, "f", "identifier redefined as nonlocal", "MPY1112")]
    [DataRow("f(**k, *a)\n", 1, 8, "<module>", "* arg after **", "MPY1121")]
    [DataRow("f(**k, a)\n", 1, 8, "<module>", "positional arg after **", "MPY1120")]
    [DataRow("def f(a, a): pass\n", 1, 10, "f", "argument name reused", "MPY1116")]
    [DataRow("def f(a, b=1, *, c, d: int, c=2): pass\n", 1, 29, "f", "argument name reused", "MPY1116")]
    [DataRow("def f(**k, a): pass\n", 1, 12, "f", "invalid syntax", "MPY1117")]
    [DataRow("lambda a, b=1, c: 0\n", 1, 16, "<module>", "non-default argument follows default argument", "MPY1115")]
    [DataRow("@micropython.native\ndef f(): pass\n", 1, 14, "<module>", "invalid arch", "MPY1125")]
    [DataRow("@micropython.a.b\ndef f(): pass\n", 1, 2, "<module>", "invalid micropython decorator", "MPY1124")]
    [DataRow("class C:\n    x = [(yield) for y in z]\n", 2, 11, "<listcomp>", "'yield' outside function", "MPY1107")]
    [DataRow("x = {1: 2, 3}\n", 1, 12, "<module>", "expecting key:value for dict", "MPY1126")]
    [DataRow("x = {1, 2: 3}\n", 1, 9, "<module>", "expecting just a value for set", "MPY1126")]
    [DataRow("x = 1\ndel x, 1\n", 2, 8, "<module>", "can't delete expression", "MPY1102")]
    [DataRow("x = 1\ndel x, (a for a in b)\n", 2, 8, "<module>", "can't delete expression", "MPY1102")]
    [DataRow("x = 1\nx, None = 1, 2\n", 2, 4, "<module>", "can't assign to expression", "MPY1101")]
    [DataRow("x = 1\n(a.b := 1)\n", 2, 2, "<module>", "can't assign to expression", "MPY1101")]
    [DataRow("x = 1\nx = [*a]\n", 2, 6, "<module>", "*x must be assignment target", "MPY1104")]
    [DataRow("async def f():\n    pass\ndef g():\n    x = 1\n    async with a: pass\n", 5, 5, "g", "async for/with outside async function", "MPY1109")]
    [DataRow("def f():\n    x = 1\n    return super().f()\n", 3, 12, "f", "super() can't find self", "MPY1123")]
    public void ReportsMessageLineColumnScopeAndCode(string source, int line, int column, string scope, string message, string code)
    {
        var error = Assert.ThrowsExactly<CompileError>(() => MpyCompiler.Compile(source, "t.py", new CompilerOptions()));

        Assert.AreEqual("SyntaxError", error.ExceptionType);
        Assert.AreEqual(message, error.PythonMessage);
        Assert.AreEqual(line, error.Line);
        Assert.AreEqual(column, error.Column);
        Assert.AreEqual(scope, error.ScopeName);
        Assert.AreEqual(code, error.Code);
    }

    [TestMethod]
    [DataRow("x = 1\nf(x=1,\n  2)\n", 2, 1)]
    [DataRow("def f(a,\n      a): pass\n", 1, 1)]
    [DataRow("if x:\n    f(x=1, 2)\n", 1, 1)]
    public void ACulpritOffTheReportedLineLeavesTheColumnOfTheNodeThatGaveTheLine(string source, int line, int column)
    {
        var error = Assert.ThrowsExactly<CompileError>(() => MpyCompiler.Compile(source, "t.py", new CompilerOptions()));

        Assert.AreEqual((line, column), (error.Line, error.Column));
    }

    [TestMethod]
    [DataRow("if x:\n\tf(x=1, 2)\n\tpass\n", 9)]
    [DataRow("x = 1\n\u00e9 = f(x=1, \U0001F600)\n", 12)]
    [DataRow("x = 1\nx = f'{a}' + f\"{b!r:>{w}}\"; f(x=1, 2)\n", 36)]
    [DataRow("x = 1\nx = f'''{a}''' + f(x=1, 2)\n", 25)]
    public void ColumnsCountCharactersAndSkipTextInjectedForFStrings(string source, int column)
    {
        var error = Assert.ThrowsExactly<CompileError>(() => MpyCompiler.Compile(source, "t.py", new CompilerOptions()));

        Assert.AreEqual((2, column), (error.Line, error.Column));
    }

    [TestMethod]
    public void AnErrorInsideAnFStringFieldPointsAtTheFString()
    {
        var error = Assert.ThrowsExactly<CompileError>(() => MpyCompiler.Compile("x = 1\nprint(f'{\"a:b\"}')\n", "t.py", new CompilerOptions()));

        Assert.AreEqual((2, 7), (error.Line, error.Column));
    }

    [TestMethod]
    public void EveryCompilerMessageHasACode()
    {
        var messages = typeof(MicroPython.Compiler.Emit.CompilerErrors)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.IsTrue(messages.Count >= 30);
        foreach (var message in messages)
        {
            StringAssert.StartsWith(MicroPython.Compiler.Emit.CompilerErrors.CodeOf(message), "MPY11");
        }
    }

    [TestMethod]
    public void TooManyClosedOverVariablesIsAnErrorNotCorruptOutput()
    {
        var names = Enumerable.Range(0, 300).Select(i => $"v{i}").ToArray();
        var source = "def f():\n" + string.Concat(names.Select(n => $"    {n} = 0\n"))
            + "    def g():\n        return " + string.Join(" + ", names) + "\n";

        var error = Assert.ThrowsExactly<CompileError>(() => MpyCompiler.Compile(source, "t.py", new CompilerOptions()));

        Assert.AreEqual("MPY1129", error.Code);
    }

    [TestMethod]
    public void DeepNestingIsACompileErrorNotAStackOverflow()
    {
        var source = "x = " + new string('[', 5000) + new string(']', 5000) + "\n";

        var error = Assert.ThrowsExactly<CompileError>(() => MpyCompiler.Compile(source, "t.py", new CompilerOptions()));

        Assert.AreEqual("RuntimeError", error.ExceptionType);
    }

    [TestMethod]
    public void DeepNestingOnASmallStackIsACompileError()
    {
        var source = "x = [a " + string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"for a{i} in b")) + "]\n";
        Exception? caught = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    MpyCompiler.Compile(source, "t.py", new CompilerOptions());
                }
                catch (Exception e)
                {
                    caught = e;
                }
            },
            256 * 1024);

        thread.Start();
        thread.Join();

        Assert.IsInstanceOfType<CompileError>(caught);
        Assert.AreEqual("RuntimeError", ((CompileError)caught!).ExceptionType);
    }

    [TestMethod]
    public void ManyNestedLambdasCompile()
    {
        // as many as a .mpy may hold (see DepthAgreementTests for one more)
        var source = "f = " + string.Concat(Enumerable.Repeat("lambda: ", Bytecode.MpyReader.MaxRawCodeDepth - 1)) + "1\n";

        var module = MpyCompiler.Compile(source, "t.py", new CompilerOptions());

        Assert.AreEqual(Bytecode.MpyReader.MaxRawCodeDepth, module.Root.SelfAndDescendants().Count());
    }
}
