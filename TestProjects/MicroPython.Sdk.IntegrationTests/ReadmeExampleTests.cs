using System.Text.RegularExpressions;
using MicroPython.TestSupport;

namespace MicroPython.Sdk.IntegrationTests;

/// <summary>The README's example firmware project, as a new user copies it, built from the packed SDK.</summary>
[TestClass]
public sealed partial class ReadmeExampleTests
{
    [TestMethod]
    public void TheReadmesFirmwareProjectFreezesEachModuleOnce()
    {
        // The MultiTarget sample has the folders the example names (src/, boot/, ports/unix/); its
        // project file is replaced by the README's, default glob and all.
        var sample = SampleProject.CopyOf("MultiTarget");
        File.WriteAllText(sample.ProjectFile, ReadmeProject());

        var result = sample.Build();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsFalse(result.Output.Contains(": warning ", StringComparison.Ordinal), "the build warned:\n" + result);
        foreach (var target in new[] { "unix", "rp2" })
        {
            var output = sample.PathOf($"bin/Debug/{target}");
            var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
            CollectionAssert.AreEqual(
                new[] { "app/__init__.mpy", "app/scheduler.mpy", "build-summary.txt", "drivers/thermo.mpy", "frozen_content.c", "image.json", "main.mpy", "size-report.json" },
                files.ToArray(),
                target + ": " + string.Join(", ", files));
            var frozen = File.ReadAllText(Path.Combine(output, "frozen_content.c"));
            foreach (var name in new[] { "main.py", "app/__init__.py", "app/scheduler.py", "drivers/thermo.py" })
            {
                Assert.AreEqual(1, Regex.Count(frozen, $"// - frozen file name: {Regex.Escape(name)}\n"), $"{target}: {name} is not frozen once");
            }

            Assert.AreEqual(1, Regex.Count(frozen, "\"boot\\.py\\\\0\""), $"{target}: boot.py is not frozen once as text");
            StringAssert.Contains(File.ReadAllText(Path.Combine(output, "build-summary.txt")), "modules frozen as bytecode: 4\n", target);
        }
    }

    /// <summary>The first XML block of the README's "A firmware project" section.</summary>
    private static string ReadmeProject()
    {
        var readme = File.ReadAllText(Path.Combine(Paths.RepoRoot, "README.md"));
        var section = readme[readme.IndexOf("## A firmware project", StringComparison.Ordinal)..];
        return XmlBlock().Match(section).Groups[1].Value;
    }

    [GeneratedRegex("```xml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex XmlBlock();
}
