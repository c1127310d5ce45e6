using MicroPython.Freezer.CSource;

namespace MicroPython.Freezer.Tests;

[TestClass]
public sealed class PythonFloatTests
{
    // Expected texts are CPython 3.11's '%.16g' % value.
    [TestMethod]
    [DataRow(1.5, "1.5")]
    [DataRow(-1.25, "-1.25")]
    [DataRow(-0.0, "-0")]
    [DataRow(0.0, "0")]
    [DataRow(0.3333333333333333, "0.3333333333333333")]
    [DataRow(1e+16, "1e+16")]
    [DataRow(1000000000000000.0, "1000000000000000")]
    [DataRow(1.2345678901234568e+17, "1.234567890123457e+17")]
    [DataRow(1e-05, "1e-05")]
    [DataRow(0.0001, "0.0001")]
    [DataRow(1e-320, "9.99988867182683e-321")]
    [DataRow(2.5e-308, "2.5e-308")]
    [DataRow(1.7976931348623157e+308, "1.797693134862316e+308")]
    [DataRow(0.1, "0.1")]
    [DataRow(9.223372036854776e+18, "9.223372036854776e+18")]
    [DataRow(5e-324, "4.940656458412465e-324")]
    [DataRow(1234567890123456.8, "1234567890123457")]
    [DataRow(0.00012345678901234567, "0.0001234567890123457")]
    [DataRow(double.PositiveInfinity, "inf")]
    [DataRow(double.NegativeInfinity, "-inf")]
    [DataRow(double.NaN, "nan")]
    public void FormatsLikePercentPoint16G(double value, string expected) =>
        Assert.AreEqual(expected, PythonFloat.FormatG16(value));

    [TestMethod]
    [DataRow("1.5", 0x3fc00000u)]
    [DataRow("-0.0", 0x80000000u)]
    [DataRow("nan", 0x7fc00000u)]
    [DataRow("-nan", 0xffc00000u)]
    [DataRow("1e+39", 0x7f800000u)]
    [DataRow("-1e+300", 0xff800000u)]
    [DataRow("inf", 0x7f800000u)]
    [DataRow("3.4028235e+38", 0x7f7fffffu)]
    public void PacksSinglesBeyondRangeAsInfinity(string text, uint bits) =>
        Assert.AreEqual(bits, PythonFloat.SingleBits(PythonFloat.Parse(text)));

    [TestMethod]
    [DataRow("2j", 0.0, 2.0)]
    [DataRow("-2j", 0.0, -2.0)]
    [DataRow("(1+2j)", 1.0, 2.0)]
    [DataRow("(-0-1j)", -0.0, -1.0)]
    [DataRow("(1e+16-2.5e-05j)", 1e16, -2.5e-05)]
    [DataRow("(inf+nanj)", double.PositiveInfinity, double.NaN)]
    public void ParsesComplexRepr(string text, double re, double im)
    {
        var (r, i) = PythonFloat.ParseComplex(text);
        Assert.AreEqual(BitConverter.DoubleToInt64Bits(re), BitConverter.DoubleToInt64Bits(r) & (double.IsNaN(re) ? 0 : -1));
        Assert.AreEqual(double.IsNaN(im), double.IsNaN(i));
        if (!double.IsNaN(im))
        {
            Assert.AreEqual(BitConverter.DoubleToInt64Bits(im), BitConverter.DoubleToInt64Bits(i));
        }
    }
}
