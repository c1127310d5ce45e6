namespace MicroPython.Cli.Tests;

/// <summary><c>mpy freeze</c> plans as <c>dotnet build</c> does: the same diagnostics for the same inputs.</summary>
[TestClass]
public sealed class FreezeCommandTests
{
    [TestMethod]
    public void AModuleNameTwiceIsAnErrorNamingBothFilesAndWritesNothing()
    {
        var dir = Directory.CreateTempSubdirectory("mpy-freeze-dup-").FullName;
        Directory.CreateDirectory(Path.Combine(dir, "a"));
        Directory.CreateDirectory(Path.Combine(dir, "b"));
        File.WriteAllText(Path.Combine(dir, "a", "motor.py"), "A = 1\n");
        File.WriteAllText(Path.Combine(dir, "b", "motor.py"), "B = 1\n");

        var result = MpyTool.Run(dir, "freeze", "-o", "frozen_content.c", "a/motor.py", "b/motor.py");

        Assert.AreEqual(1, result.ExitCode, result.StdErr);
        var first = Path.Combine(dir, "a", "motor.py");
        var second = Path.Combine(dir, "b", "motor.py");
        Assert.AreEqual($"{second}: error MPY2101: module 'motor' is frozen twice, from {first} and from {second}: the firmware can hold only one, so freeze it once\n", result.StdErr);
        Assert.IsFalse(File.Exists(Path.Combine(dir, "frozen_content.c")));
    }

    [TestMethod]
    public void AModuleShadowedByAPackageIsAWarningAndTheOutputIsWritten()
    {
        var dir = Directory.CreateTempSubdirectory("mpy-freeze-shadow-").FullName;
        Directory.CreateDirectory(Path.Combine(dir, "src", "motor"));
        File.WriteAllText(Path.Combine(dir, "src", "motor.py"), "A = 1\n");
        File.WriteAllText(Path.Combine(dir, "src", "motor", "__init__.py"), "B = 1\n");

        var result = MpyTool.Run(dir, "freeze", "-o", "frozen_content.c", "--base", "src", "src/motor.py", "src/motor/__init__.py");

        Assert.AreEqual(0, result.ExitCode, result.StdErr);
        Assert.AreEqual($"{Path.Combine(dir, "src", "motor.py")}: warning MPY2103: module 'motor' is shadowed by the frozen package 'motor/': 'import motor' finds the package, never this file\n", result.StdErr);
        StringAssert.Contains(File.ReadAllText(Path.Combine(dir, "frozen_content.c")), "\"motor/__init__.py\\0\"");
    }

    [TestMethod]
    public void AMissingInputIsAnErrorNamingIt()
    {
        var dir = Directory.CreateTempSubdirectory("mpy-freeze-missing-").FullName;

        var result = MpyTool.Run(dir, "freeze", "-o", "frozen_content.c", "--str", "gone.py");

        var gone = Path.Combine(dir, "gone.py");
        Assert.AreEqual(1, result.ExitCode, result.StdErr);
        Assert.AreEqual($"{gone}: error MPY2003: Cannot stat {gone}: the file does not exist\n", result.StdErr);
    }
}
