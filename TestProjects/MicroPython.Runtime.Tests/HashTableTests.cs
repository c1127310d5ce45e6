using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime.Tests;

[TestClass]
public sealed class HashTableTests
{
    [TestMethod]
    public void KeysIterateInSlotOrderWithLinearProbing()
    {
        var table = new HashTable(0);
        foreach (var k in new long[] { 5, 1, 3, 0 })
        {
            table.Set(k, k);
        }

        // Four entries fill a table of 4 slots (sizes 2, 4): 5 lands on slot 1, is moved on by 1 and probes to slot 2.
        CollectionAssert.AreEqual(new object[] { 0L, 1L, 5L, 3L }, table.Entries().Select(e => e.Key).ToArray());
    }

    [TestMethod]
    public void GrowsThroughTheReferenceSizeSequenceAndKeepsEveryEntry()
    {
        var table = new HashTable(0);
        for (long i = 0; i < 500; i++)
        {
            table.Set(i * 7, i);
        }

        Assert.AreEqual(500, table.Count);
        Assert.AreEqual(13L, table.Get(91L));
        Assert.IsTrue(table.Remove(91L, out _));
        Assert.IsFalse(table.Contains(91L));
        Assert.AreEqual(499, table.Count);
    }

    [TestMethod]
    public void OrderedTablesKeepInsertionOrder()
    {
        var table = new HashTable(0, ordered: true);
        foreach (var k in new[] { "z", "a", "m" })
        {
            table.Set(k, k);
        }

        table.Remove("a", out _);
        table.Set("b", "b");
        CollectionAssert.AreEqual(new object[] { "z", "m", "b" }, table.Entries().Select(e => e.Key).ToArray());
    }

    [TestMethod]
    [DataRow("", 5381L)]
    [DataRow("a", 46532L)]
    public void StringHashIsTheReferencesSixteenBitDjb2(string text, long expected) =>
        Assert.AreEqual(expected, Ops.StrHash(System.Text.Encoding.UTF8.GetBytes(text)));
}
