using MicroPython.Bytecode.Constants;
using MicroPython.Compiler.Emit;

namespace MicroPython.Compiler.Tests.Emit;

[TestClass]
public sealed class ConstantTableTests
{
    [TestMethod]
    public void EqualValuesOfTheSameTypeShareAnEntry()
    {
        var table = new ConstantTable();
        Assert.AreEqual(0, table.Use(new MpyStr("long string")));
        Assert.AreEqual(1, table.Use(new MpyBytes([1, 2])));
        Assert.AreEqual(0, table.Use(new MpyStr("long string")));
        Assert.AreEqual(1, table.Use(new MpyBytes([1, 2])));
        Assert.AreEqual(2, table.Use(new MpyInt(System.Numerics.BigInteger.Pow(2, 70))));
        Assert.AreEqual(2, table.Use(new MpyInt(System.Numerics.BigInteger.Pow(2, 70))));
    }

    [TestMethod]
    public void TypesMustMatchExactly()
    {
        var table = new ConstantTable();
        Assert.AreEqual(0, table.Use(new MpyTuple([MpySingleton.True])));
        Assert.AreEqual(1, table.Use(new MpyTuple([new MpyInt(1)])));
        Assert.AreEqual(2, table.Use(MpyFloat.FromValue(1.0)));
        Assert.AreEqual(3, table.Use(new MpyStr("ab")));
        Assert.AreEqual(4, table.Use(new MpyBytes("ab"u8.ToArray())));
        Assert.AreEqual(0, table.Use(new MpyTuple([MpySingleton.True])));
    }

    [TestMethod]
    public void SignedZerosDifferButComplexZerosDoNot()
    {
        var table = new ConstantTable();
        Assert.AreEqual(0, table.Use(MpyFloat.FromValue(0.0)));
        Assert.AreEqual(1, table.Use(MpyFloat.FromValue(-0.0)));
        Assert.AreEqual(0, table.Use(MpyFloat.FromValue(0.0)));
        Assert.AreEqual(2, table.Use(MpyComplex.FromParts(0, 0)));
        Assert.AreEqual(2, table.Use(MpyComplex.FromParts(0, -0.0)));
    }

    [TestMethod]
    public void FoldedNaNsAreNeverShared()
    {
        var table = new ConstantTable();
        var negativeNaN = BitConverter.UInt64BitsToDouble(0xFFF8_0000_0000_0000);
        var first = MpyFloat.FromValue(negativeNaN);
        Assert.AreEqual(0, table.Use(first));
        Assert.AreEqual(1, table.Use(MpyFloat.FromValue(negativeNaN)));
        Assert.AreEqual(0, table.Use(first), "the same object is the same entry");
    }

    [TestMethod]
    public void MathNanIsOneSharedObject()
    {
        var table = new ConstantTable();
        var cNan = BitConverter.UInt64BitsToDouble(0x7FF8_0000_0000_0000);
        Assert.AreEqual(0, table.Use(MpyFloat.FromValue(cNan)));
        Assert.AreEqual(0, table.Use(MpyFloat.FromValue(cNan)));
    }
}
