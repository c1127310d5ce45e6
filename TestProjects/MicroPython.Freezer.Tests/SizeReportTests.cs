using MicroPython.Bytecode.Targets;
using MicroPython.Freezer.Pipeline;
using MicroPython.Freezer.Sizes;
using MicroPython.TestSupport;

namespace MicroPython.Freezer.Tests;

/// <summary>
/// The size report's frozen figures against what gcc makes of the same <c>frozen_content.c</c> for
/// the reference unix port (its generated headers and qstrs): bytecode to the byte, the whole
/// within 1% of the object's data (its symbols and string literals); the sections add the padding
/// gcc puts between objects, which the final link may lay out differently.
/// </summary>
[TestClass]
public sealed class SizeReportTests
{
    // The report models C structures by word size; gcc may merge equal string literals.
    private const double Tolerance = 0.01;

    private static string UnixHeader => Path.Combine(Paths.ReferenceTree, "ports", "unix", "build-standard", "genhdr", "qstrdefs.preprocessed.h");

    private static bool Finite(MicroPython.Bytecode.Constants.MpyConstant c) => c switch
    {
        MicroPython.Bytecode.Constants.MpyFloat f => double.IsFinite(f.Value),
        MicroPython.Bytecode.Constants.MpyComplex => false,
        MicroPython.Bytecode.Constants.MpyTuple t => t.Items.All(Finite),
        _ => true,
    };

    [TestMethod]
    public void FrozenFiguresAgreeWithTheCompiledObject()
    {
        var compiler = new MicroPythonCompiler(63);
        // mpy-tool's C has no spelling for an infinite float constant: those modules are left out.
        var modules = Directory.EnumerateFiles(Paths.CorpusDir("py"), "*.py").Order(StringComparer.Ordinal)
            .Select(f => new FrozenMpyModule(compiler.Compile(File.ReadAllText(f), Path.GetFileName(f), 0), f))
            .Where(m => m.Module.Constants.All(Finite))
            .Take(80)
            .ToList();
        var profile = TargetProfileReader.ReadFile(Path.Combine(Paths.RepoRoot, "Sdk", "targets", "unix.json"));
        var request = new FreezeRequest([new FrozenStrModule("boot.py", "print('boot')\n"u8.ToArray())], modules, FirmwareQstrs.FromFile(UnixHeader), FreezeTarget.FromProfile(profile));
        using var tree = new TempTree();
        var cFile = tree.Write("frozen_content.c", FrozenCWriter.Write(request));

        var report = SizeReport.Measure("unix", request, SizeModel.FromProfile(profile), romfsImage: null, flashBudgetBytes: null);
        var obj = UnixPortObject.Compile(cFile);

        var bytecode = obj.Symbols.Where(s => s.Key.StartsWith("fun_data_", StringComparison.Ordinal)).Sum(s => s.Value);
        Assert.AreEqual(bytecode, report.Frozen.Where(m => m.Kind == "mpy").Sum(m => (long)m.BytecodeBytes), "bytecode bytes");
        Assert.IsTrue(
            Math.Abs(obj.ObjectBytes - report.FrozenFlashBytes) <= report.FrozenFlashBytes * Tolerance,
            $"the report says {report.FrozenFlashBytes} bytes, the object's data is {obj.ObjectBytes} ({obj.SectionBytes} with alignment)");
    }
}
