using System.Collections.Concurrent;
using MicroPython.Bytecode;
using MicroPython.TestSupport;

namespace MicroPython.Cli.Tests;

/// <summary>
/// Corpus <c>.mpy</c> files with bytes of their opcodes and operands changed, run by <c>mpy run</c>:
/// the verifier refuses the code (MPY4001) or the program runs to a Python-level end — never a .NET
/// stack trace, a signal or a hang.
/// </summary>
/// <remarks>
/// Each case is its own process: a .NET stack overflow would kill a test host, and one program per
/// <c>mpy run</c> is the only batching where a refusal or a <c>SystemExit</c> of one case cannot end the others.
/// The file layout around the code is kept, so every case reaches the verifier instead of the reader.
/// </remarks>
[TestClass]
public sealed class RunFuzzTests
{
    private const int Cases = 200;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    [TestMethod]
    public void MutatedCodeIsRefusedOrRunsToAPythonLevelEnd()
    {
        var originals = Directory.EnumerateFiles(Paths.CorpusDir("mpy", "O0"), "*.mpy")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToList();
        var mutator = new Mutator(seed: 18);
        var dir = Directory.CreateTempSubdirectory("mpy-run-fuzz-").FullName;
        try
        {
            for (var i = 0; i < Cases; i++)
            {
                var original = mutator.Pick(originals);
                File.WriteAllBytes(Path.Combine(dir, $"case{i}.mpy"), mutator.MutateWithin(original, CodeRegions(original)));
            }

            var outcomes = new ConcurrentDictionary<int, MpyTool.Result?>();
            Parallel.For(0, Cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
                outcomes[i] = MpyTool.RunWithin(Limit, dir, "run", "-X", "heapsize=1M", $"case{i}.mpy"));

            var failures = new List<string>();
            int refused = 0, ran = 0, timeouts = 0;
            for (var i = 0; i < Cases; i++)
            {
                var outcome = outcomes[i];
                if (outcome is null)
                {
                    timeouts++;
                    failures.Add($"case {i}: ran over {Limit.TotalSeconds} s");
                    continue;
                }

                if (outcome.StdErr.Contains("Unhandled exception", StringComparison.Ordinal) || outcome.StdErr.Contains("   at ", StringComparison.Ordinal))
                {
                    failures.Add($"case {i}: .NET stack trace, exit {outcome.ExitCode}:\n{outcome.StdErr}");
                }
                else if (outcome.ExitCode is not (0 or 1))
                {
                    failures.Add($"case {i}: exit {outcome.ExitCode}:\n{outcome.StdErr}");
                }
                else if (outcome.StdErr.Contains("MPY4001", StringComparison.Ordinal))
                {
                    refused++;
                }
                else
                {
                    ran++;
                }
            }

            var counts = $"{Cases} cases: {refused} refused by the verifier, {ran} ran, {timeouts} over the time limit";
            Console.WriteLine(counts);
            Assert.AreEqual(0, failures.Count, counts + "\n" + string.Join("\n", failures.Take(5)));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    // Where the opcodes of every function sit in the file: what the verifier, not the reader, must check.
    private static List<(long Start, int Length)> CodeRegions(byte[] mpy) =>
        [.. MpyReader.Read(mpy, "fuzz.mpy").Root.SelfAndDescendants()
            .Where(rc => rc.Code.Length > 0)
            .Select(rc => (rc.CodeFileOffset, rc.Code.Length))];
}
