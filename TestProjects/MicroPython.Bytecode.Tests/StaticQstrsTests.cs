namespace MicroPython.Bytecode.Tests;

[TestClass]
public sealed class StaticQstrsTests
{
    [TestMethod]
    public void EveryStaticQstrIsFoundByItsTextAsItsId()
    {
        for (var id = 1; id <= StaticQstrs.Count; id++)
        {
            // a copy, so that the lookup compares text and not the table's own instance
            var text = new string(StaticQstrs.TextOf(id)!.AsSpan());
            Assert.AreEqual(id, StaticQstrs.IdOf(text), $"id {id}: {text}");
        }
    }

    [TestMethod]
    [DataRow("selff")]
    [DataRow("sel")]
    [DataRow("Self")]
    [DataRow("__init")]
    [DataRow("zip_")]
    [DataRow("utf-16")]
    public void OtherTextHasNoStaticId(string text) => Assert.IsNull(StaticQstrs.IdOf(text));

    [TestMethod]
    public void TheEndsOfTheTableAreWhereMicroPythonPutsThem()
    {
        Assert.AreEqual(1, StaticQstrs.IdOf(""));
        Assert.AreEqual("__dir__", StaticQstrs.TextOf(2));
        Assert.AreEqual(StaticQstrs.Count, StaticQstrs.IdOf("zip"));
        Assert.IsNull(StaticQstrs.TextOf(0));
        Assert.IsNull(StaticQstrs.TextOf(StaticQstrs.Count + 1));
    }
}
