using MicroPython.Bytecode.Targets;
using MicroPython.TestSupport;

namespace MicroPython.Runtime.Tests;

/// <summary>The runner emulates a board's profile: float width, heap, recursion limit, sys identity.</summary>
[TestClass]
public sealed class BoardProfileTests
{
    private static VmOptions Board(string name) => VmOptions.For(TargetProfileReader.ReadFile(Path.Combine(Paths.RepoRoot, "Sdk", "targets", name + ".json")));

    // What v1.28.0 built with MICROPY_FLOAT_IMPL_FLOAT (the float width of rp2, esp32 and stm32) prints.
    [TestMethod]
    [DataRow("1/3", "0.33333334 0.33333334 0.333 0.333333 3.333333e-01 0.33333334 0.3333667")]
    [DataRow("2/3", "0.6666667 0.6666667 0.667 0.666667 6.666667e-01 0.6666667 0.6667334")]
    [DataRow("0.2+0.1", "0.3 0.3 0.300 0.3 3.000000e-01 0.3 0.30003002")]
    [DataRow("1e10", "10000000000.0 10000000000.0 10000000000.000 1e+10 1.000000e+10 1e+10 10001000000.0")]
    [DataRow("100.0/7", "14.285714 14.285714 14.286 14.2857 1.428571e+01 14.285714 14.287143")]
    [DataRow("123456789.0", "123456790.0 123456790.0 123456790.000 1.23457e+08 1.234568e+08 123456790 123469140.0")]
    [DataRow("2.0**24+1", "16777216.0 16777216.0 16777216.000 1.67772e+07 1.677722e+07 16777216 16778894.0")]
    [DataRow("1/7", "0.14285715 0.14285715 0.143 0.142857 1.428572e-01 0.14285715 0.14287144")]
    [DataRow("9.999999", "9.999999 9.999999 10.000 10 9.999999e+00 9.999999 10.000999")]
    [DataRow("-0.0", "-0.0 -0.0 -0.000 -0 -0.000000e+00 -0 -0.0")]
    [DataRow("1.1*1.1", "1.21 1.21 1.210 1.21 1.210000e+00 1.21 1.210121")]
    [DataRow("65504.0", "65504.0 65504.0 65504.000 65504 6.550400e+04 65504 65510.55")]
    public void SingleFloatBoardsComputeAndPrintInSinglePrecision(string expression, string expected)
    {
        var (output, outcome) = Snippets.Run($"v = {expression}\nprint(v, repr(v), '%.3f' % v, '%g' % v, '%e' % v, '{{:.10g}}'.format(v), str(v * 1.0001))\n", Board("rp2"));
        Assert.AreEqual(expected + "\n", output, outcome.Traceback);
    }

    [TestMethod]
    public void SingleFloatBoardsAccumulateRoundingAsTheDeviceDoes()
    {
        var (output, outcome) = Snippets.Run("x = 0.0\nfor i in range(100):\n    x += 0.1\nprint(x, x * 3, 10 / 3 * 3)\nimport math\nprint(math.pi, math.sqrt(2), math.exp(10))\n", Board("esp32"));
        Assert.AreEqual("10.000002 30.000006 10.0\n3.1415928 1.4142135 22026.464\n", output, outcome.Traceback);
    }

    [TestMethod]
    public void TheSysModuleNamesTheBoard()
    {
        var (output, _) = Snippets.Run("import sys\nprint(sys.platform, sys.implementation, sys.maxsize)\n", Board("stm32"));
        Assert.AreEqual("pyboard (name='micropython', version=(1, 28, 0, ''), _machine='PYBv1.1 with STM32F405RG', _mpy=7942, _build='PYBV11') 2147483647\n", output);
    }

    [TestMethod]
    public void TheBoardsHeapBoundsAllocations()
    {
        // 60000 words of 4 bytes do not fit the Pico's 192 KiB heap; 20000 do.
        var (output, _) = Snippets.Run("try:\n    x = [0] * 60000\nexcept MemoryError as e:\n    print(e)\ny = [0] * 20000\nprint(len(y))\n", Board("rp2"));
        Assert.AreEqual("memory allocation failed, allocating 240000 bytes\n20000\n", output);
    }

    [TestMethod]
    public void TheBoardsRecursionLimitStopsRunawayRecursion()
    {
        var (output, _) = Snippets.Run("n = 0\ndef f():\n    global n\n    n += 1\n    f()\ntry:\n    f()\nexcept RuntimeError as e:\n    print(n, e)\n", Board("rp2"));
        Assert.AreEqual("40 maximum recursion depth exceeded\n", output);
    }

    [TestMethod]
    public void AProfileWithoutTheRunnersValuesRunsAsTheUnixPortAndAPartialOneIsRefused()
    {
        var unix = File.ReadAllText(Path.Combine(Paths.RepoRoot, "Sdk", "targets", "unix.json"));
        var node = System.Text.Json.Nodes.JsonNode.Parse(unix)!.AsObject();
        foreach (var name in TargetRuntime.ValueNames)
        {
            node.Remove(name);
            node["sources"]!.AsObject().Remove(name);
        }

        Assert.AreEqual(TargetRuntime.Unix, TargetProfileReader.Read(node.ToJsonString(), "old.json").Runtime);

        node["sysPlatform"] = "custom";
        var error = Assert.ThrowsExactly<TargetProfileException>(() => TargetProfileReader.Read(node.ToJsonString(), "partial.json"));
        StringAssert.Contains(error.Message, "partial.json");
    }
}
