using MicroPython.Bytecode.Constants;
using MicroPython.Bytecode.Numerics;

namespace MicroPython.Bytecode.Tests.Numerics;

/// <summary>Odd inputs to <c>float(str)</c>; the expected results were printed by the MicroPython v1.28.0 unix port.</summary>
[TestClass]
public sealed class MicroPythonFloatParseTests
{
    [TestMethod]
    [DataRow("  1.5  ", "1.5")]
    [DataRow("\t-2.5\n", "-2.5")]
    [DataRow("infinity", "inf")]
    [DataRow("INFINITY", "inf")]
    [DataRow("-iNf", "-inf")]
    [DataRow("+nan", "nan")]
    [DataRow("-nan", "nan")]
    [DataRow("1_000", "1000.0")]
    [DataRow("1__0.5", "10.5")]
    [DataRow("1_e_5", "100000.0")]
    [DataRow("1e-_5", "1e-05")]
    [DataRow(".", "0.0")]
    [DataRow("e5", "0.0")]
    [DataRow("_", "0.0")]
    public void AcceptsWhatMicroPythonAccepts(string text, string expectedRepr)
    {
        Assert.AreEqual(expectedRepr, MicroPythonFloat.Repr(MicroPythonFloat.Parse(text)));
    }

    [TestMethod]
    [DataRow("1e")]
    [DataRow("1e+")]
    [DataRow("1.5e")]
    [DataRow("")]
    [DataRow("  ")]
    [DataRow("+")]
    [DataRow("-")]
    [DataRow("1.5j")]
    [DataRow("inf5")]
    [DataRow("infin")]
    [DataRow("nanx")]
    [DataRow("1.5e3.2")]
    [DataRow("1..2")]
    [DataRow("0x10")]
    [DataRow("1e5e5")]
    [DataRow("\u0663")]
    [DataRow("\u0131nf")]
    public void RejectsWhatMicroPythonRejects(string text)
    {
        var error = Assert.ThrowsExactly<FormatException>(() => MicroPythonFloat.Parse(text));
        StringAssert.Contains(error.Message, "invalid syntax for number");
    }

    [TestMethod]
    [DataRow("1.5J", 1.5)]
    [DataRow("2e5j", 200000.0)]
    [DataRow("1ej", 1.0)]
    [DataRow("j", 1.0)]
    public void ImaginaryLiterals(string token, double expected)
    {
        Assert.AreEqual(expected, MicroPythonFloat.ParseLiteral(token, out var isImaginary));
        Assert.IsTrue(isImaginary);
    }

    [TestMethod]
    public void RealLiteralIsNotImaginary()
    {
        Assert.AreEqual(0.25, MicroPythonFloat.ParseLiteral("0.25", out var isImaginary));
        Assert.IsFalse(isImaginary);
    }

    [TestMethod]
    public void NegativeZeroKeepsItsSign()
    {
        Assert.IsTrue(double.IsNegative(MicroPythonFloat.Parse("-0.0")));
    }

    [TestMethod]
    public void NanHasNoSignBit()
    {
        Assert.IsFalse(double.IsNegative(MicroPythonFloat.Parse("nan")));
    }

    [TestMethod]
    public void FactoriesUseTheReferenceText()
    {
        Assert.AreEqual("1e+16", MpyFloat.FromValue(1e16).Text);
        Assert.AreEqual("-0.0", MpyFloat.FromValue(-0.0).Text);
        Assert.AreEqual("(1+2j)", MpyComplex.FromParts(1, 2).Text);
        Assert.AreEqual("2.5j", MpyComplex.FromParts(0, 2.5).Text);
    }
}
