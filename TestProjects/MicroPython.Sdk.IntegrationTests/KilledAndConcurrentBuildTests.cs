namespace MicroPython.Sdk.IntegrationTests;

/// <summary>
/// Builds stopped with SIGKILL, then built again, and builds of one project run side by side, end
/// with exactly the outputs of one clean build: every output is replaced whole, stale temporary files
/// are swept, and overlapping builds take turns on a lock in <c>obj/</c>.
/// </summary>
[TestClass]
public sealed class KilledAndConcurrentBuildTests
{
    private static readonly Lazy<SortedDictionary<string, byte[]>> CleanBuild = new(() =>
    {
        var sample = SampleProject.CopyOf("MultiTarget");
        var result = sample.Build();
        Assert.AreEqual(0, result.ExitCode, result.ToString());
        return sample.Files("bin");
    });

    [TestMethod]
    public void BuildsKilledAtSeveralPointsThenRebuiltEndAsACleanBuild()
    {
        var sample = SampleProject.CopyOf("MultiTarget");

        // In turn: as restore ends, once the modules are compiled (copying and freezing
        // follow), and once the first board is frozen (the second and the summaries follow).
        var killPoints = new Func<string, bool>[]
        {
            line => line.Contains("Restored ", StringComparison.Ordinal) || line.Contains("up-to-date for restore", StringComparison.Ordinal),
            line => line.Contains("MicroPython: compiled", StringComparison.Ordinal),
            line => line.Contains("MicroPython: froze", StringComparison.Ordinal),
        };
        foreach (var killWhen in killPoints)
        {
            sample.BuildKilledWhen(killWhen);
        }

        var rebuild = sample.Build();

        Assert.AreEqual(0, rebuild.ExitCode, rebuild.ToString());
        AssertSameFiles(CleanBuild.Value, sample.Files("bin"));
    }

    [TestMethod]
    public void AnOutputCutShortByAKillIsRebuiltAndItsTemporaryFileSwept()
    {
        var sample = SampleProject.CopyOf("MultiTarget");
        Assert.AreEqual(0, sample.Build().ExitCode);

        // What a kill in the middle of writing leaves: the temporary file, and the output not yet
        // replaced (older than the module just edited).
        File.AppendAllText(sample.PathOf("src/main.py"), "\n");
        File.WriteAllBytes(sample.PathOf("bin/Debug/rp2/frozen_content.c.0123456789abcdef0123456789abcdef.tmp"), []);
        File.WriteAllBytes(sample.PathOf("bin/Debug/rp2/main.mpy.0123456789abcdef0123456789abcdef.tmp"), []);
        var rebuild = sample.Build();
        File.WriteAllText(sample.PathOf("src/main.py"), File.ReadAllText(sample.PathOf("src/main.py"))[..^1]);
        var restored = sample.Build();

        Assert.AreEqual(0, rebuild.ExitCode, rebuild.ToString());
        Assert.AreEqual(0, restored.ExitCode, restored.ToString());
        AssertSameFiles(CleanBuild.Value, sample.Files("bin"));
    }

    [TestMethod]
    public void ConcurrentBuildsOfOneProjectEndAsOneBuild()
    {
        var sample = SampleProject.CopyOf("MultiTarget");

        var builds = Enumerable.Range(0, 3).Select(_ => Task.Run(() => sample.Build())).ToArray();
        Task.WaitAll(builds);

        foreach (var build in builds)
        {
            Assert.AreEqual(0, build.Result.ExitCode, build.Result.ToString());
        }

        AssertSameFiles(CleanBuild.Value, sample.Files("bin"));
    }

    private static void AssertSameFiles(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        CollectionAssert.AreEqual(expected.Keys.ToList(), actual.Keys.ToList(), "the output folders hold different files: " + string.Join(", ", actual.Keys.Except(expected.Keys).Concat(expected.Keys.Except(actual.Keys))));
        foreach (var (path, bytes) in expected)
        {
            CollectionAssert.AreEqual(bytes, actual[path], path + " differs from a clean build's");
        }
    }
}
