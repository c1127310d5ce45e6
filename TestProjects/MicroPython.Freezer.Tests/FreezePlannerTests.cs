using MicroPython.Freezer.Manifests;
using MicroPython.Freezer.Pipeline;

namespace MicroPython.Freezer.Tests;

/// <summary>The one set of planning rules that dotnet build, mpy makemanifest and mpy freeze share.</summary>
[TestClass]
public sealed class FreezePlannerTests
{
    [TestMethod]
    public void GivenOrderComesFirstThenTheRestSortedByFrozenPath()
    {
        using var t = new TempTree();
        var inputs = new[]
        {
            Input(t, "z.py"),
            Input(t, "m.py") with { Order = 1 },
            Input(t, "a.py"),
            Input(t, "n.py") with { Order = 0 },
        };

        var plan = FreezePlanner.Plan(inputs);

        Assert.IsFalse(plan.HasErrors);
        CollectionAssert.AreEqual(new[] { "n.py", "m.py", "a.py", "z.py" }, plan.Modules.Select(m => m.FrozenPath).ToArray());
    }

    [TestMethod]
    public void TwoFilesUnderOneModuleNameAreAnErrorNamingBoth()
    {
        using var t = new TempTree();
        var first = Input(t, "a/motor.py", "motor.py") with { Order = 0 };
        var second = Input(t, "b/motor.mpy", "motor.mpy", ManifestEntryKind.Bytecode) with { Order = 1 };

        var plan = FreezePlanner.Plan([second, first]);

        Assert.IsTrue(plan.HasErrors);
        var error = plan.Diagnostics.Single();
        Assert.AreEqual(DiagnosticCodes.DuplicateModule, error.Code);
        Assert.AreEqual(second.FullPath, error.FileName);
        Assert.AreEqual($"module 'motor' is frozen twice, from {first.FullPath} and from {second.FullPath}: the firmware can hold only one, so freeze it once", error.Message);
    }

    [TestMethod]
    public void TheSameFileNamedTwiceAlikeIsFrozenOnce()
    {
        using var t = new TempTree();
        var input = Input(t, "main.py");

        var plan = FreezePlanner.Plan([input, input with { }]);

        Assert.AreEqual(0, plan.Diagnostics.Count);
        Assert.AreEqual(1, plan.Modules.Count);
    }

    [TestMethod]
    public void AModuleHiddenByAPackageIsAWarningAndStillFrozen()
    {
        using var t = new TempTree();
        var module = Input(t, "motor.py");
        var package = Input(t, "motor/__init__.py");

        var plan = FreezePlanner.Plan([module, package]);

        Assert.IsFalse(plan.HasErrors);
        Assert.AreEqual(2, plan.Modules.Count);
        var warning = plan.Diagnostics.Single();
        Assert.AreEqual(DiagnosticCodes.ShadowedModule, warning.Code);
        Assert.AreEqual($"{module.FullPath}: warning MPY2103: module 'motor' is shadowed by the frozen package 'motor/': 'import motor' finds the package, never this file", warning.ToString());
    }

    [TestMethod]
    public void AMissingFileIsAnErrorAtTheManifestLineThatNamedIt()
    {
        using var t = new TempTree();
        var missing = new FreezeInput(t.Path_("gone.py"), "gone.py", ManifestEntryKind.Compile);
        var fromManifest = missing with { ManifestFile = t.Path_("manifest.py"), Line = 3 };

        var direct = FreezePlanner.Plan([missing]).Diagnostics.Single();
        var selected = FreezePlanner.Plan([fromManifest]).Diagnostics.Single();

        Assert.AreEqual($"{missing.FullPath}: error MPY2003: Cannot stat {missing.FullPath}: the file does not exist", direct.ToString());
        Assert.AreEqual($"{t.Path_("manifest.py")}(3,1): error MPY2003: Cannot stat {missing.FullPath}: the file does not exist", selected.ToString());
    }

    [TestMethod]
    [DataRow("../x.py", "the frozen path '../x.py' must be relative, without empty, '.' or '..' parts")]
    [DataRow("x.txt", "the frozen path 'x.txt' must name a .py file")]
    public void AFrozenPathThatCannotNameAModuleIsAnError(string frozenPath, string message)
    {
        using var t = new TempTree();
        var input = new FreezeInput(t.Write("x.py", "x = 1\n"), frozenPath, ManifestEntryKind.Compile);

        var error = FreezePlanner.Plan([input]).Diagnostics.Single();

        Assert.AreEqual(DiagnosticCodes.BadFrozenPath, error.Code);
        Assert.AreEqual(message, error.Message);
    }

    [TestMethod]
    public void MakeManifestReportsADuplicateAtItsManifestLineAndWritesNothing()
    {
        using var t = new TempTree();
        t.Write("a/motor.py", "A = 1\n");
        t.Write("b/motor.py", "B = 1\n");
        var manifest = t.Write("manifest.py", "freeze('a', 'motor.py')\nfreeze('b', 'motor.py')\n");
        var output = t.Path_("out/frozen_content.c");
        var request = new MakeManifestRequest
        {
            Manifests = [manifest],
            OutputPath = output,
            BuildDirectory = t.Path_("build"),
            QstrHeaderPath = ReferenceCase.QstrHeader,
        };

        var result = ManifestFreezer.Run(request, new MicroPythonCompiler());

        Assert.IsTrue(result.Failed);
        Assert.AreEqual(
            $"{manifest}(2,1): error MPY2101: module 'motor' is frozen twice, from {t.Path_("a/motor.py")} and from {t.Path_("b/motor.py")}: the firmware can hold only one, so freeze it once",
            result.Diagnostics.Single().ToString());
        Assert.IsFalse(File.Exists(output));
    }

    private static FreezeInput Input(TempTree t, string relative, string? frozenPath = null, ManifestEntryKind kind = ManifestEntryKind.Compile) =>
        new(t.Write(relative, "x = 1\n"), frozenPath ?? relative, kind);
}
