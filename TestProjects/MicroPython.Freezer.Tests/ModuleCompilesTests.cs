using MicroPython.Bytecode;
using MicroPython.Freezer.Pipeline;

namespace MicroPython.Freezer.Tests;

/// <summary>The compile step every path shares: whole outputs, none for a module that fails, no stale temporary files.</summary>
[TestClass]
public sealed class ModuleCompilesTests
{
    [TestMethod]
    public void EachModuleIsWrittenWholeAndAFailureLeavesNoOutput()
    {
        using var t = new TempTree();
        var good = new CompileJob(t.Write("good.py", "x = 1\n"), "good.py", 0, 31, "1.2", t.Path_("out/good.mpy"));
        var bad = new CompileJob(t.Write("bad.py", "x = (\n"), "bad.py", 0, 31, null, t.Path_("out/bad.mpy"));
        t.Write("out/bad.mpy", "an output of an older, good source");
        var stale = t.Write("out/good.mpy.0123456789abcdef0123456789abcdef.tmp", "");

        var results = ModuleCompiles.Run([good, bad]);

        Assert.IsNull(results[0]);
        Assert.AreEqual("good.py", MpyReader.ReadFile(good.OutputPath).SourceName);
        Assert.IsNotNull(results[1]);
        Assert.IsTrue(results[1]!.IsError);
        Assert.AreEqual(bad.SourcePath, results[1]!.FileName);
        Assert.IsTrue(results[1]!.Line > 0);
        Assert.IsFalse(File.Exists(bad.OutputPath), "a module that failed kept an output");
        Assert.IsFalse(File.Exists(stale), "a killed write's temporary file was not swept");
        CollectionAssert.AreEquivalent(new[] { "good.mpy" }, Directory.GetFiles(t.Path_("out")).Select(Path.GetFileName).ToArray());
    }

    [TestMethod]
    public void AFailureWhoseOutputFolderDoesNotExistYetIsReportedAsTheSourceError()
    {
        using var t = new TempTree();
        var bad = new CompileJob(t.Write("bad.py", "x = (\n"), "bad.py", 0, 31, null, t.Path_("not/yet/bad.mpy"));

        var result = ModuleCompiles.Run([bad]).Single();

        Assert.IsNotNull(result);
        StringAssert.StartsWith(result.Code, "MPY1");
    }

    [TestMethod]
    public void AnOutputThatCannotBeWrittenIsAnErrorNamingIt()
    {
        using var t = new TempTree();
        t.Write("out", "a file where a folder must be");
        var job = new CompileJob(t.Write("m.py", "x = 1\n"), "m.py", 0, 31, null, t.Path_("out/m.mpy"));

        var result = ModuleCompiles.Run([job]).Single();

        Assert.IsNotNull(result);
        Assert.AreEqual(DiagnosticCodes.OutputNotWritable, result.Code);
        Assert.AreEqual(job.OutputPath, result.FileName);
    }
}
