using MicroPython.Freezer.Pipeline;
using MicroPython.TestSupport;

namespace MicroPython.Freezer.Tests;

/// <summary>Failures of the whole step leave no output behind.</summary>
[TestClass]
public sealed class ManifestFreezerErrorTests
{
    [TestMethod]
    [DataRow("corrupt", FreezerErrors.BadMpy)]
    [DataRow("native", FreezerErrors.BadMpy)]
    [DataRow("syntax", FreezerErrors.CompileFailed)]
    [DataRow("bigint", FreezerErrors.LongIntUnsupported)]
    public void WritesNoOutputOnError(string kind, string code)
    {
        using var t = new TempTree();
        var manifest = kind switch
        {
            "corrupt" => Corrupt(t),
            "native" => Native(t),
            "syntax" => Syntax(t),
            _ => BigInt(t),
        };
        var output = t.Path_("out/frozen_content.c");
        var request = new MakeManifestRequest
        {
            Manifests = [manifest],
            OutputPath = output,
            BuildDirectory = t.Path_("build"),
            QstrHeaderPath = ReferenceCase.QstrHeader,
            Target = kind == "bigint" ? new FreezeTarget(Bytecode.Targets.LongIntImplementation.None) : FreezeTarget.Default,
        };

        var e = Assert.ThrowsExactly<FreezerException>(() => ManifestFreezer.Run(request, new MicroPythonCompiler()));

        Assert.AreEqual(code, e.Code, e.Message);
        Assert.IsNotNull(e.FileName);
        Assert.IsFalse(File.Exists(output));
    }

    private static string Corrupt(TempTree t)
    {
        var good = File.ReadAllBytes(Paths.CorpusDir("mpy", "O0", "class_basic.mpy"));
        t.Write("m/bad.mpy", good[..(good.Length / 2)]);
        return t.Write("manifest.py", "freeze_mpy('m')\n");
    }

    private static string Native(TempTree t)
    {
        // Header of an x64 native file: feature byte = arch 2 << 2 | sub-version 3.
        t.Write("m/nat.mpy", new byte[] { 0x4d, 0x06, (2 << 2) | 3, 0x1f, 0x01, 0x00, 0x00 });
        return t.Write("manifest.py", "freeze_mpy('m')\n");
    }

    private static string Syntax(TempTree t)
    {
        t.Write("src/broken.py", "def f(:\n    pass\n");
        return t.Write("manifest.py", "module('broken.py', base_path='src')\n");
    }

    private static string BigInt(TempTree t)
    {
        t.Write("src/big.py", "X = 2 ** 70\n");
        return t.Write("manifest.py", "module('big.py', base_path='src')\n");
    }
}
