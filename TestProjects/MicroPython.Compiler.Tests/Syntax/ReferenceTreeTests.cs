using System.Security.Cryptography;
using System.Text;
using MicroPython.Compiler.Syntax;
using MicroPython.TestSupport;

namespace MicroPython.Compiler.Tests.Syntax;

/// <summary>Every corpus program parses to exactly the tree the reference parser builds.</summary>
[TestClass]
public sealed class ReferenceTreeTests
{
    public static IEnumerable<object[]> Cases() =>
        File.ReadLines(Path.Combine(Paths.RepoRoot, "TestProjects", "MicroPython.Compiler.Tests", "Syntax", "ReferenceTrees.tsv"))
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(f => new object[] { f[0], int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), f[3] });

    [TestMethod]
    [DynamicData(nameof(Cases))]
    public void TreeMatchesReference(string name, int smallIntBits, int optimizationLevel, string expectedHash)
    {
        var source = File.ReadAllText(Paths.CorpusDir("py", name));
        var options = new ParseOptions { SmallIntBits = smallIntBits, OptimizationLevel = optimizationLevel };

        var dump = TreeDump.Dump(Parser.Parse(source, name, options).Root);

        Assert.AreEqual(expectedHash, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(dump))));
    }
}
