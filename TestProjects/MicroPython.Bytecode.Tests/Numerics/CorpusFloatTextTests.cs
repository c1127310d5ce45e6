using MicroPython.Bytecode.Constants;
using MicroPython.Bytecode.Numerics;
using MicroPython.TestSupport;

namespace MicroPython.Bytecode.Tests.Numerics;

/// <summary>Every float and complex constant text in the corpus's reference .mpy files must survive parse + repr unchanged.</summary>
[TestClass]
public sealed class CorpusFloatTextTests
{
    [TestMethod]
    public void CorpusConstantTextsRoundTrip()
    {
        var files = Directory.GetFiles(Paths.CorpusDir("mpy"), "*.mpy", SearchOption.AllDirectories);
        var texts = files
            .SelectMany(f => MpyReader.ReadFile(f).Constants.SelectMany(Flatten).Select(c => (File: Path.GetFileName(f), Constant: c)))
            .ToList();

        var mismatches = texts
            .Select(t => (t.File, Text: t.Constant.Repr(), Actual: RoundTrip(t.Constant)))
            .Where(r => r.Actual != r.Text)
            .ToList();

        Assert.IsNotEmpty(texts, "the corpus holds no float constants");
        Assert.IsEmpty(
            mismatches,
            $"{mismatches.Count} of {texts.Count} differ, first ones:\n"
            + string.Join("\n", mismatches.Take(10).Select(m => $"{m.File}: stored {m.Text}, got {m.Actual}")));
    }

    private static IEnumerable<MpyConstant> Flatten(MpyConstant constant) => constant switch
    {
        MpyTuple tuple => tuple.Items.SelectMany(Flatten),
        MpyFloat or MpyComplex => [constant],
        _ => [],
    };

    private static string RoundTrip(MpyConstant constant)
    {
        switch (constant)
        {
            case MpyFloat f:
                return MicroPythonFloat.Repr(MicroPythonFloat.Parse(f.Text));
            case MpyComplex c when !c.Text.StartsWith('('):
                var imag = MicroPythonFloat.ParseLiteral(c.Text, out var isImaginary);
                Assert.IsTrue(isImaginary, c.Text);
                return MicroPythonFloat.ComplexRepr(0.0, imag);
            case MpyComplex c:
                // mpy-cross never writes this form (complex folding is off), but a reader may meet it.
                var parts = c.Text[1..^2];
                var split = parts.LastIndexOfAny(['+', '-']);
                while (split > 0 && (parts[split - 1] | 0x20) == 'e')
                {
                    split = parts.LastIndexOfAny(['+', '-'], split - 1);
                }

                return MicroPythonFloat.ComplexRepr(MicroPythonFloat.Parse(parts[..split]), MicroPythonFloat.Parse(parts[split..]));
            default:
                throw new InvalidOperationException(constant.GetType().Name);
        }
    }
}
