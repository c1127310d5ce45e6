using MicroPython.Bytecode.Numerics;

namespace MicroPython.Bytecode.Tests.Numerics;

[TestClass]
public sealed class MicroPythonFloatReprTests
{
    [TestMethod]
    public void EveryReferenceCaseMatchesMpyCross()
    {
        var cases = ReferenceFloatCase.Load();
        var mismatches = cases
            .Select(c => (Case: c, Actual: SafeActual(c)))
            .Where(r => r.Actual != r.Case.Expected)
            .ToList();

        Assert.IsGreaterThan(5000, cases.Count, "the reference data file looks truncated");
        Assert.IsEmpty(
            mismatches,
            $"{mismatches.Count} of {cases.Count} differ, first ones:\n"
            + string.Join("\n", mismatches.Take(10).Select(m => $"{m.Case.Kind} {m.Case.Input}: expected {m.Case.Expected}, got {m.Actual}")));
    }

    [TestMethod]
    [DataRow("1e15", "1000000000000000.0")]
    [DataRow("1e16", "1e+16")]
    [DataRow("5e-324", "4.940656458412465e-324")]
    [DataRow("0.30000000000000004", "0.30000000000000004")]
    [DataRow("-0.0", "-0.0")]
    [DataRow("1e400", "inf")]
    [DataRow("-1e400", "-inf")]
    [DataRow("1e-400", "0.0")]
    [DataRow("nan", "nan")]
    [DataRow("-nan", "nan")]
    [DataRow("0.1", "0.1")]
    [DataRow("1.5", "1.5")]
    [DataRow("100", "100.0")]
    [DataRow("1e-5", "1e-05")]
    [DataRow("0.0001", "0.0001")]
    [DataRow("1e22", "1e+22")]
    [DataRow("123456789012345678901234567890.0", "1.2345678901234568e+29")]
    public void ReprOfParsedLiteral(string literal, string expected)
    {
        Assert.AreEqual(expected, MicroPythonFloat.Repr(MicroPythonFloat.Parse(literal)));
    }

    [TestMethod]
    public void ReprOfFoldedSum()
    {
        Assert.AreEqual("0.30000000000000004", MicroPythonFloat.Repr(MicroPythonFloat.Parse("0.1") + MicroPythonFloat.Parse("0.2")));
    }

    /// <summary>Expected texts printed by repr() in the MicroPython v1.28.0 unix port.</summary>
    [TestMethod]
    [DataRow(0.0, 2.0, "2j")]
    [DataRow(0.0, 2.5, "2.5j")]
    [DataRow(0.0, -0.0, "-0j")]
    [DataRow(-0.0, 1.0, "1j")]
    [DataRow(1.0, 2.0, "(1+2j)")]
    [DataRow(1.5, -2.0, "(1.5-2j)")]
    [DataRow(1.0, double.PositiveInfinity, "(1+infj)")]
    [DataRow(double.NaN, 0.0, "(nan+0j)")]
    [DataRow(0.0, 1e300, "1e+300j")]
    [DataRow(0.0, double.NaN, "nanj")]
    [DataRow(-1.0, -0.0, "(-1-0j)")]
    [DataRow(double.NegativeInfinity, double.NaN, "(-inf+nanj)")]
    [DataRow(1e16, 1e-5, "(1e+16+1e-05j)")]
    [DataRow(0.1, 0.2, "(0.1+0.2j)")]
    [DataRow(5e-324, 1e15, "(4.940656458412465e-324+1000000000000000j)")]
    public void ComplexRepr(double real, double imag, string expected)
    {
        Assert.AreEqual(expected, MicroPythonFloat.ComplexRepr(real, imag));
    }

    private static string SafeActual(ReferenceFloatCase c)
    {
        try
        {
            return c.Actual();
        }
        catch (Exception e) when (e is not AssertFailedException)
        {
            return e.GetType().Name + ": " + e.Message;
        }
    }
}
