using System.Text.Json;
using MicroPython.TestSupport;

namespace MicroPython.Sdk.IntegrationTests;

/// <summary>
/// <c>size-report.json</c> and the build summary's size table of a real build, checked against the
/// object gcc makes of the build's <c>frozen_content.c</c> for the reference unix port.
/// </summary>
[TestClass]
public sealed class SizeReportTests
{
    [TestMethod]
    public void TheReportAgreesWithTheCompiledFrozenContentAndWarnsOverBudget()
    {
        var sample = SampleProject.CopyOf("MultiTarget");
        var header = Path.Combine(Paths.ReferenceTree, "ports", "unix", "build-standard", "genhdr", "qstrdefs.preprocessed.h");
        sample.AddItems($"""
            <MicroPythonTarget Update="unix" QstrHeader="{header}" Romfs="true" FlashBudget="2000" />
                <MicroPythonFile Include="web/**" />
            """);
        Directory.CreateDirectory(sample.PathOf("web"));
        File.WriteAllText(sample.PathOf("web/index.html"), "<h1>hello</h1>\n");

        var result = sample.Build();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, "warning MPY3021: target 'unix' needs ", result.ToString());
        StringAssert.Contains(result.Output, "over its 2000-byte budget", result.ToString());
        Assert.IsFalse(result.Output.Contains("warning MPY3021: target 'rp2'", StringComparison.Ordinal), "rp2 has no budget");

        using var json = JsonDocument.Parse(File.ReadAllBytes(sample.PathOf("bin/Debug/unix/size-report.json")));
        var root = json.RootElement;
        Assert.AreEqual("micropython-sdk/size-report/1", root.GetProperty("schema").GetString());
        Assert.AreEqual(8, root.GetProperty("wordBytes").GetInt32());
        var frozen = root.GetProperty("frozen");
        var flash = frozen.GetProperty("modules").EnumerateArray().Select(m => m.GetProperty("flashBytes").GetInt64()).ToList();
        CollectionAssert.AreEqual(flash.OrderByDescending(f => f).ToList(), flash, "modules are not largest first");
        Assert.AreEqual(new FileInfo(sample.PathOf("bin/Debug/unix/romfs.img")).Length, root.GetProperty("romfs").GetProperty("imageBytes").GetInt64());
        Assert.AreEqual(2000, root.GetProperty("flashBudgetBytes").GetInt64());

        var frozenBytes = frozen.GetProperty("flashBytes").GetInt64();
        var obj = UnixPortObject.Compile(sample.PathOf("bin/Debug/unix/frozen_content.c"));
        // Within 1% of the object's data (symbols and string literals), alignment padding aside.
        Assert.IsTrue(Math.Abs(obj.ObjectBytes - frozenBytes) <= frozenBytes * 0.01, $"the report says {frozenBytes} bytes of frozen code, the object's data is {obj.ObjectBytes} ({obj.SectionBytes} with alignment)");
        var bytecode = frozen.GetProperty("modules").EnumerateArray().Where(m => m.GetProperty("kind").GetString() == "mpy").Sum(m => m.GetProperty("bytecodeBytes").GetInt64());
        Assert.AreEqual(obj.Symbols.Where(s => s.Key.StartsWith("fun_data_", StringComparison.Ordinal)).Sum(s => s.Value), bytecode);

        StringAssert.Contains(File.ReadAllText(sample.PathOf("bin/Debug/unix/build-summary.txt")), "frozen modules (flash bytes; word 8 bytes):");
        Assert.IsTrue(File.Exists(sample.PathOf("bin/Debug/rp2/size-report.json")), "rp2 has no report");

        var noOp = sample.Build("-v:n");
        Assert.AreEqual(0, noOp.ExitCode, noOp.ToString());
        StringAssert.Contains(noOp.Output, "Skipping target \"MicroPythonSizeReport\" because all output files are up-to-date", noOp.ToString());
    }
}
