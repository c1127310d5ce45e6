using MicroPython.Bytecode;

namespace MicroPython.Compiler.Tests.Emit;

/// <summary>
/// A thread keeps its name cache and emitter buffers from one module to the next (a batch compiles
/// thousands on a few threads). Nothing of an earlier module may leak into a later one: in
/// particular a name is interned by each module that uses it, which decides whether an equal long
/// string literal is a qstr.
/// </summary>
[TestClass]
public sealed class ThreadReuseTests
{
    private static readonly string[] Modules =
    [
        "long_identifier_name = 1\ndef f(a):\n    for i in a:\n        if i:\n            return i\n",
        "long_identifier_name = 2\ns = 'long_identifier_name'\n",
        "s = 'long_identifier_name'\n",
        "def g(x):\n    while x:\n        x -= 1\n    return [y for y in range(x) if y]\n",
    ];

    [TestMethod]
    public void EachModuleCompilesAsOnAThreadOfItsOwn()
    {
        var alone = Modules.Select(m => OnNewThread(() => Compile(m))).ToArray();

        var inSequence = OnNewThread(() => string.Join("\n", Modules.Concat(Modules).Select(Compile)));

        Assert.AreEqual(string.Join("\n", alone.Concat(alone)), inSequence);
    }

    [TestMethod]
    public void NamesFromManyModulesAgoAreFoundAgain()
    {
        // enough distinct names to fill several of the name cache's blocks, then a module whose
        // names (and a long literal spelled as one of them) come from the last block
        var many = string.Concat(Enumerable.Range(0, 5000).Select(i => $"name_number_{i} = {i}\n"));
        const string Later = "name_number_4999 = 1\ns = 'name_number_4999'\nt = 'name_number_1234'\n";

        var alone = OnNewThread(() => Compile(Later));

        var afterMany = OnNewThread(() => string.Join("\n", Compile(many), Compile(Later)));

        Assert.AreEqual(OnNewThread(() => Compile(many)) + "\n" + alone, afterMany);
    }

    private static string Compile(string source) =>
        Convert.ToHexStringLower(MpyWriter.Write(MpyCompiler.Compile(source, "m.py", new CompilerOptions())));

    private static string OnNewThread(Func<string> work)
    {
        var result = "";
        var thread = new Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result;
    }
}
