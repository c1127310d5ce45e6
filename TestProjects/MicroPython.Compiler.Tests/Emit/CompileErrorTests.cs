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
    [DataRow("f(**k, *a)\n", 1, 3, "<module>", "* arg after **", "MPY1121")]
    [DataRow("def f(a, a): pass\n", 1, 1, "f", "argument name reused", "MPY1116")]
    [DataRow("@micropython.native\ndef f(): pass\n", 1, 2, "<module>", "invalid arch", "MPY1125")]
    [DataRow("class C:\n    x = [(yield) for y in z]\n", 2, 11, "<listcomp>", "'yield' outside function", "MPY1107")]
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
        var source = "f = " + string.Concat(Enumerable.Repeat("lambda: ", 2000)) + "1\n";

        var module = MpyCompiler.Compile(source, "t.py", new CompilerOptions());

        Assert.AreEqual(2001, module.Root.SelfAndDescendants().Count());
    }
}
