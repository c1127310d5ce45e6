using System.Collections.Concurrent;
using System.Text;
using MicroPython.TestSupport;

namespace MicroPython.Conformance.Tests;

/// <summary>
/// MicroPython v1.28.0's own tests, run in the host VM through <c>mpy run</c> and compared byte for
/// byte with what the real unix port prints (issue 14). The scripts that still differ are listed,
/// with their reasons, in <c>known-differences.txt</c>; the test fails when another script differs
/// or a listed one no longer does, so the list stays true.
/// </summary>
[TestClass]
public sealed class ConformanceTests
{
    /// <summary>Where the last run's report and the outputs of differing scripts are written.</summary>
    private static string ReportFolder => Path.Combine(Paths.RepoRoot, "artifacts", "conformance", "last-run");

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void KnownDifferencesAreSortedUniqueScripts()
    {
        var listed = KnownDifferences.Read().Select(e => e.Script).ToList();
        CollectionAssert.AreEqual(listed.Order(StringComparer.Ordinal).Distinct().ToList(), listed, "keep known-differences.txt sorted, one line a script");
        var scripts = ConformanceScripts.All().ToHashSet();
        foreach (var script in listed)
        {
            Assert.IsTrue(scripts.Contains(script), $"known-differences.txt lists {script}, which is not a conformance script");
        }
    }

    [TestMethod]
    public void ScriptsPrintWhatTheUnixPortPrints()
    {
        var scripts = ConformanceScripts.All();
        var verdicts = Run(scripts);
        var known = KnownDifferences.Read().ToDictionary(e => e.Script, e => e.Reason);

        var summary = Summary(scripts, verdicts);
        TestContext.WriteLine(summary);
        Console.WriteLine(summary);

        var unexpected = scripts.Where(s => verdicts[s] == Verdict.Differs && !known.ContainsKey(s)).ToList();
        var fixedNow = scripts.Where(s => verdicts[s] != Verdict.Differs && known.TryGetValue(s, out var reason) && !KnownDifferences.IsTimingDependent(reason)).ToList();
        var problems = new StringBuilder();
        if (unexpected.Count > 0)
        {
            problems.AppendLine($"{unexpected.Count} scripts differ from the unix port and are not in known-differences.txt (outputs in {ReportFolder}):")
                .AppendLine(string.Join('\n', unexpected));
        }

        if (fixedNow.Count > 0)
        {
            problems.AppendLine($"{fixedNow.Count} scripts in known-differences.txt now print what the unix port prints; remove them from the list:")
                .AppendLine(string.Join('\n', fixedNow));
        }

        Assert.AreEqual(0, problems.Length, problems.ToString());
    }

    private static Dictionary<string, Verdict> Run(IReadOnlyList<string> scripts)
    {
        if (Directory.Exists(ReportFolder))
        {
            Directory.Delete(ReportFolder, recursive: true);
        }

        var reference = new ReferencePort();
        var verdicts = new ConcurrentDictionary<string, Verdict>();
        var queue = new ConcurrentQueue<string>(scripts);

        // One worker per core: each takes the next script, runs the port (unless cached) and then ours.
        var lanes = Enumerable.Range(0, Math.Max(2, Environment.ProcessorCount)).Select(_ => Task.Factory.StartNew(
            () =>
            {
                using var host = new HostWorker();
                while (queue.TryDequeue(out var script))
                {
                    var expected = reference.Output(script);
                    var actual = host.Output(script);
                    verdicts[script] = Judge(expected, actual);
                    if (verdicts[script] == Verdict.Differs)
                    {
                        Keep(script, expected, actual);
                    }
                }
            },
            TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(lanes);
        return new Dictionary<string, Verdict>(verdicts);
    }

    private static Verdict Judge(byte[] expected, byte[] actual) =>
        !expected.AsSpan().SequenceEqual(actual) ? Verdict.Differs
        : ScriptOutput.IsSkip(expected) ? Verdict.SkippedByBoth
        : Verdict.Identical;

    private static void Keep(string script, byte[] expected, byte[] actual)
    {
        var stem = Path.Combine(ReportFolder, script);
        Directory.CreateDirectory(Path.GetDirectoryName(stem)!);
        File.WriteAllBytes(stem + ".exp", expected);
        File.WriteAllBytes(stem + ".out", actual);
    }

    private static string Summary(IReadOnlyList<string> scripts, Dictionary<string, Verdict> verdicts)
    {
        var text = new StringBuilder("MicroPython v1.28.0 tests in mpy run vs the unix port: folder, identical / differing / skipped by both\n");
        var folders = scripts.GroupBy(ConformanceScripts.FolderOf).Append(scripts.GroupBy(_ => "all").Single());
        foreach (var folder in folders)
        {
            int Count(Verdict v) => folder.Count(s => verdicts[s] == v);
            var identical = Count(Verdict.Identical);
            var differing = Count(Verdict.Differs);
            var share = identical + differing == 0 ? 100.0 : 100.0 * identical / (identical + differing);
            text.AppendLine($"  {folder.Key,-12} {identical,4} / {differing,4} / {Count(Verdict.SkippedByBoth),4}   {share:F1}% identical");
        }

        Directory.CreateDirectory(ReportFolder);
        File.WriteAllText(Path.Combine(ReportFolder, "summary.txt"), text.ToString());
        File.WriteAllLines(Path.Combine(ReportFolder, "differing.txt"), scripts.Where(s => verdicts[s] == Verdict.Differs));
        return text.ToString();
    }

    private enum Verdict
    {
        Identical,
        Differs,
        SkippedByBoth,
    }
}
