using System.Diagnostics;
using MicroPython.Bytecode;
using MicroPython.Compiler.Diagnostics;
using MicroPython.Compiler.Hosting;
using MicroPython.TestSupport;

namespace MicroPython.Compiler.Tests.Emit;

/// <summary>
/// What the compiler writes, the reader reads: nesting that mpy-cross v1.28.0 compiles (and the
/// real VM loads) compiles here to the same bytes and reads back up to the reader's bound, and
/// beyond it the compiler refuses the code instead of writing a file nothing reads.
/// </summary>
[TestClass]
public sealed class DepthAgreementTests
{
    [TestMethod]
    [DataRow(256)]
    [DataRow(MpyReader.MaxRawCodeDepth - 1)]
    public void NestedFunctionsCompileAsMpyCrossDoesAndReadBack(int depth)
    {
        var source = NestedFunctions(depth);

        var bytes = CompileAndReadBack(source);

        CollectionAssert.AreEqual(MpyCross(source), bytes);
    }

    [TestMethod]
    public void FunctionsNestedBeyondTheReadersBoundAreACompileError()
    {
        var e = Assert.ThrowsExactly<CompileError>(() => DeepStack.Run(() => MpyCompiler.Compile(NestedFunctions(MpyReader.MaxRawCodeDepth), "nest.py", new CompilerOptions())));

        Assert.AreEqual("MPY1128", e.Code);
        Assert.AreEqual(MpyReader.MaxRawCodeDepth, e.Line);
    }

    [TestMethod]
    public void NestedConstantTuplesCompileAsMpyCrossDoesAndReadBack()
    {
        var tuple = "1";
        for (var i = 0; i < 300; i++)
        {
            tuple = "(" + tuple + ",)";
        }

        var source = "x = " + tuple + "\n";

        CollectionAssert.AreEqual(MpyCross(source), CompileAndReadBack(source));
    }

    [TestMethod]
    public void LambdasNestedBeyondTheReadersBoundAreACompileError()
    {
        CompileAndReadBack("x = " + string.Concat(Enumerable.Repeat("lambda: ", MpyReader.MaxRawCodeDepth - 1)) + "1\n");
        var e = Assert.ThrowsExactly<CompileError>(() => DeepStack.Run(() => MpyCompiler.Compile("x = " + string.Concat(Enumerable.Repeat("lambda: ", MpyReader.MaxRawCodeDepth)) + "1\n", "nest.py", new CompilerOptions())));

        Assert.AreEqual("MPY1128", e.Code);
    }

    private static string NestedFunctions(int depth) =>
        string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', i) + $"def f{i}():\n")) + new string(' ', depth) + "return 1\n";

    private static byte[] CompileAndReadBack(string source)
    {
        var bytes = MpyWriter.Write(DeepStack.Run(() => MpyCompiler.Compile(source, "nest.py", new CompilerOptions())));

        // read on a thread with a common 1 MiB stack, as an MSBuild node or the thread pool has
        byte[]? again = null;
        var reader = new Thread(() => again = MpyWriter.Write(MpyReader.Read(bytes, "nest.mpy")), 1 << 20);
        reader.Start();
        reader.Join();

        CollectionAssert.AreEqual(bytes, again);
        return bytes;
    }

    private static byte[] MpyCross(string source)
    {
        var dir = Directory.CreateTempSubdirectory("depth-").FullName;
        File.WriteAllText(Path.Combine(dir, "nest.py"), source);
        using var process = Process.Start(new ProcessStartInfo(Paths.ReferenceMpyCross, ["nest.py"]) { WorkingDirectory = dir, UseShellExecute = false, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.AreEqual(0, process.ExitCode, error);
        return File.ReadAllBytes(Path.Combine(dir, "nest.mpy"));
    }
}
