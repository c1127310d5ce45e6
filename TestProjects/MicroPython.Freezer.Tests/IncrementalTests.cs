using MicroPython.Freezer.Pipeline;

namespace MicroPython.Freezer.Tests;

[TestClass]
public sealed class IncrementalTests
{
    [TestMethod]
    public void RemovedModuleDisappearsAndChangedSourceIsRecompiled()
    {
        using var t = new TempTree();
        t.Write("src/a.py", "A = 1\n");
        t.Write("src/b.py", "B = 2\n");
        var manifest = t.Write("manifest.py", "module('a.py', base_path='src')\nmodule('b.py', base_path='src')\n");
        var output = t.Path_("build/frozen_content.c");
        var request = new MakeManifestRequest
        {
            Manifests = [manifest],
            OutputPath = output,
            BuildDirectory = t.Path_("build"),
            QstrHeaderPath = ReferenceCase.QstrHeader,
        };
        var compiler = new MicroPythonCompiler();

        var first = ManifestFreezer.Run(request, compiler);
        t.Write("manifest.py", "module('a.py', base_path='src')\n");
        var second = ManifestFreezer.Run(request, compiler);
        var text = File.ReadAllText(output);
        t.Write("src/a.py", "A = 3\n");
        var third = ManifestFreezer.Run(request, compiler);

        Assert.AreEqual((2, 2), (first.Compiled, first.MpyModules));
        Assert.AreEqual((0, 1, true), (second.Compiled, second.MpyModules, second.OutputWritten));
        Assert.IsFalse(text.Contains("\"b.py\\0\"", StringComparison.Ordinal));
        Assert.IsTrue(text.Contains("\"a.py\\0\"", StringComparison.Ordinal));
        Assert.AreEqual((1, true), (third.Compiled, third.OutputWritten));
    }

    [TestMethod]
    public void VersionMetadataIsAppendedAsDunderVersion()
    {
        using var t = new TempTree();
        t.Write("src/a.py", "A = 1\n");
        t.Write("src/v.py", "__version__ = '7'\n");
        var manifest = t.Write("manifest.py", "module('a.py', base_path='src')\nmodule('v.py', base_path='src')\nmetadata(version='0.1.2')\n");
        var output = t.Path_("build/frozen_content.c");

        ManifestFreezer.Run(
            new MakeManifestRequest { Manifests = [manifest], OutputPath = output, BuildDirectory = t.Path_("build"), QstrHeaderPath = ReferenceCase.QstrHeader },
            new MicroPythonCompiler());
        var text = File.ReadAllText(output);

        // a.py gets the package version; v.py, which sets its own, is left alone.
        Assert.AreEqual(1, Count(text, "LOAD_CONST_STRING '0.1.2'"));
        Assert.AreEqual(2, Count(text, "STORE_NAME '__version__'"));
    }

    private static int Count(string text, string part) => text.Split(part).Length - 1;
}
