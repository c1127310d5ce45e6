namespace MicroPython.Runtime.Tests;

[TestClass]
public sealed class CorpusTests
{
    public static IEnumerable<object[]> PassingPrograms => CorpusRunner.Passing().Select(n => new object[] { n });

    [TestMethod]
    [DynamicData(nameof(PassingPrograms))]
    public void ListedProgramPrintsTheReferenceOutput(string name)
    {
        var (output, outcome) = CorpusRunner.Run(name);
        Assert.AreEqual(CorpusRunner.Expected(name), output, outcome.Traceback);
    }

    [TestMethod]
    [DynamicData(nameof(PassingPrograms))]
    public void ListedProgramPrintsTheSameFromSixtyFourBitBytecode(string name)
    {
        var (output, outcome) = CorpusRunner.Run(name, "int63");
        Assert.AreEqual(CorpusRunner.Expected(name), output, outcome.Traceback);
    }

    [TestMethod]
    public void PassingListNamesOnlyRunnableProgramsInOrder()
    {
        var listed = CorpusRunner.Passing();
        var runnable = CorpusRunner.Runnable().ToHashSet();
        CollectionAssert.AreEqual(listed.Order(StringComparer.Ordinal).ToList(), listed.ToList(), "keep passing-programs.txt sorted");
        foreach (var name in listed)
        {
            Assert.IsTrue(runnable.Contains(name), $"{name} is not a runnable corpus program");
        }
    }

    [TestMethod]
    public void EveryRunnableProgramRunsWithoutCrashingTheHost()
    {
        foreach (var name in CorpusRunner.Runnable())
        {
            var (_, outcome) = CorpusRunner.Run(name);
            Assert.IsNotNull(outcome, name);
        }
    }
}
