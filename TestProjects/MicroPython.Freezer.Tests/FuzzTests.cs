using System.Text;
using MicroPython.Freezer.Manifests;
using MicroPython.TestSupport;

namespace MicroPython.Freezer.Tests;

/// <summary>Corrupted manifests evaluate or fail with a located MPY2xxx error, and nothing else.</summary>
[TestClass]
public sealed class FuzzTests
{
    [TestMethod]
    public void MutatedManifestsEvaluateOrFailCleanly()
    {
        var folder = Paths.CorpusDir("frozen");
        var originals = Directory.EnumerateFiles(folder, "*.manifest.py")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .Append(Encoding.UTF8.GetBytes("options.defaults(extra=False, level=1)\nif options.extra and not options.skip:\n    module('class_basic.py', base_path='$(CORPUS)/py', opt=options.level)\nelif options.level == 2:\n    pass\nelse:\n    include('mixed.manifest.py')\nx = [1, 2] + [3]\ns = 'a' + 'b'\n"))
            .ToList();
        var variables = new Dictionary<string, string> { ["CORPUS"] = Paths.Corpus };
        var mutator = new Mutator(seed: 2);
        var cases = Enumerable.Range(0, 1500).Select(_ => mutator.Mutate(mutator.Pick(originals))).ToList();

        var failures = FuzzRun.Failures(
            cases,
            manifest => ManifestEvaluator.Evaluate([Encoding.UTF8.GetString(manifest)], variables, folder),
            e => e is FreezerException,
            TimeSpan.FromSeconds(10));

        Assert.AreEqual(0, failures.Count, string.Join("\n", failures.Take(5)));
    }
}
