using MicroPython.Freezer.Manifests;

namespace MicroPython.Freezer.Tests;

[TestClass]
public sealed class ManifestEvaluatorTests
{
    private static readonly Dictionary<string, string> NoVariables = [];

    [TestMethod]
    public void WalksDirectoriesFilesFirstInOrdinalOrder()
    {
        using var t = new TempTree();
        foreach (var f in new[] { "lib/pkg/b.py", "lib/pkg/a.py", "lib/pkg/Z.py", "lib/pkg/sub/x.py", "lib/pkg/a_dir/y.py", "lib/pkg/notes.txt", "lib/pkg/UPPER.PY" })
        {
            t.Write(f, "x = 1\n");
        }

        var m = t.Write("manifest.py", "package('pkg', base_path='lib')\n");
        var entries = ManifestEvaluator.Evaluate(m, NoVariables);

        CollectionAssert.AreEqual(
            new[] { "pkg/UPPER.PY", "pkg/Z.py", "pkg/a.py", "pkg/b.py", "pkg/a_dir/y.py", "pkg/sub/x.py" },
            entries.Select(e => e.TargetPath).ToArray());
        Assert.IsTrue(entries.All(e => e.Kind == ManifestEntryKind.Compile && e.Line == 1));
    }

    [TestMethod]
    public void EvaluatesOptionsConditionsAndVariables()
    {
        using var t = new TempTree();
        t.Write("src/a.py", "");
        t.Write("src/b.py", "");
        t.Write("src/c.mpy", "");
        t.Write("inc/manifest.py", """
            options.defaults(extra=False, level=1)
            if options.extra and not options.skip:
                module("b.py", base_path="$(SRC)", opt=options.level)
            elif options.level == 2:
                pass
            else:
                freeze("$(SRC)", "c.mpy")
            """);
        var m = t.Write("manifest.py", """
            name = "a" + ".py"
            module(name, base_path="$(SRC)")
            include("inc", extra=True)
            include("inc/manifest.py", extra=False)
            """);

        var entries = ManifestEvaluator.Evaluate(m, new Dictionary<string, string> { ["SRC"] = t.Path_("src") });

        CollectionAssert.AreEqual(new[] { "a.py", "b.py" }, entries.Select(e => e.TargetPath).ToArray());
        Assert.AreEqual(1, entries[1].OptimizationLevel);
        Assert.AreEqual(3, entries[1].Line);
    }

    [TestMethod]
    public void RequireFindsPackagesWithTheirOwnMetadata()
    {
        using var t = new TempTree();
        t.Write("lib/micropython/net/thing/manifest.py", "metadata(version='1.2.3')\nmodule('thing.py')\n");
        t.Write("lib/micropython/net/thing/thing.py", "");
        t.Write("extra/tools/helper/manifest.py", "module('helper.py', opt=2)\n");
        t.Write("extra/tools/helper/helper.py", "");
        t.Write("app.py", "");
        var m = t.Write("manifest.py", """
            metadata(version="9.9")
            add_library("mine", "extra")
            require("thing")
            require("helper", library="mine")
            module("app.py")
            """);

        var entries = ManifestEvaluator.Evaluate(m, new Dictionary<string, string> { ["MPY_LIB_DIR"] = t.Path_("lib") });

        CollectionAssert.AreEqual(new[] { "thing.py", "helper.py", "app.py" }, entries.Select(e => e.TargetPath).ToArray());
        // A required package is a new metadata level: helper has none, app keeps the top level's.
        CollectionAssert.AreEqual(new[] { "1.2.3", null, "9.9" }, entries.Select(e => e.Version).ToArray());
        Assert.AreEqual(2, entries[1].OptimizationLevel);
    }

    [TestMethod]
    public void RunsManifestCodeGivenAsText()
    {
        using var t = new TempTree();
        t.Write("s/a.py", "");
        t.Write("s/sub/b.py", "");

        var result = ManifestEvaluator.Evaluate(["freeze('s', 'sub')", "freeze('s', 'a.py', opt=1)"], NoVariables, t.Root);

        CollectionAssert.AreEqual(new[] { "sub/b.py", "a.py" }, result.Entries.Select(e => e.TargetPath).ToArray());
        Assert.AreEqual(1, result.Entries[1].OptimizationLevel);
        Assert.AreEqual(0, result.ManifestFiles.Count);
    }

    [TestMethod]
    public void FreezeAsStrAndFreezeMpyPickTheirKinds()
    {
        using var t = new TempTree();
        t.Write("s/boot.py", "");
        t.Write("s/skip.txt", "");
        t.Write("m/pre.mpy", "");
        t.Write("m/pre.py", "");
        var m = t.Write("manifest.py", "freeze_as_str('s')\nfreeze_mpy('m')\nfreeze_as_mpy('m')\n");

        var entries = ManifestEvaluator.Evaluate(m, NoVariables);

        CollectionAssert.AreEqual(
            new[] { (ManifestEntryKind.Source, "boot.py"), (ManifestEntryKind.Bytecode, "pre.mpy"), (ManifestEntryKind.Compile, "pre.py") },
            entries.Select(e => (e.Kind, e.TargetPath)).ToArray());
    }

    [TestMethod]
    [DataRow("module('missing.py')\n", FreezerErrors.MissingFile, 1, 1)]
    [DataRow("x = 1\nfrobnicate('a')\n", FreezerErrors.ManifestUnsupported, 2, 1)]
    [DataRow("\n\ninclude('manifest.py')\n", FreezerErrors.IncludeCycle, 3, 1)]
    [DataRow("module('../outside.py')\n", FreezerErrors.PathEscapesRoot, 1, 1)]
    [DataRow("module('a.py'\n", FreezerErrors.ManifestSyntax, 2, 1)]
    [DataRow("for x in ['a.py']:\n    module(x)\n", FreezerErrors.ManifestUnsupported, 1, 1)]
    [DataRow("if True:\n    module('missing.py')\n", FreezerErrors.MissingFile, 2, 5)]
    [DataRow("module('a.py', bogus=1)\n", FreezerErrors.BadArgument, 1, 1)]
    [DataRow("module('a.py', base_path='$(NOPE)')\n", FreezerErrors.UndefinedVariable, 1, 1)]
    [DataRow("require('nothing')\n", FreezerErrors.PackageNotFound, 1, 1)]
    [DataRow("metadata(version='1')\nmetadata(version='2')\n", FreezerErrors.DuplicateMetadata, 2, 1)]
    public void ReportsBadManifestsWithFileLineAndColumn(string manifest, string code, int line, int column)
    {
        using var t = new TempTree();
        t.Write("outside.py", "");
        t.Write("dir/a.py", "");
        var m = t.Write("dir/manifest.py", manifest);

        var e = Assert.ThrowsExactly<FreezerException>(() => ManifestEvaluator.Evaluate(m, NoVariables));

        Assert.AreEqual(code, e.Code, e.Message);
        Assert.AreEqual(m, e.FileName);
        Assert.AreEqual(line, e.Line, e.Message);
        Assert.AreEqual(column, e.Column, e.Message);
        StringAssert.StartsWith(e.Message, $"{m}({line},{column}):");
    }
}
