using System.Text.Json;

namespace MicroPython.Sdk.IntegrationTests;

/// <summary>
/// What IDEs and <c>dotnet watch</c> read from the evaluated project: the item types as build
/// actions, the sources and outputs of the fast up-to-date check, the files to watch.
/// </summary>
[TestClass]
public sealed class IdeItemTests
{
    private static readonly string[] Sources = ["boot/boot.py", "boot/settings.py", "src/app/__init__.py", "src/app/scheduler.py", "src/drivers/thermo.py", "src/main.py"];

    [TestMethod]
    public void EveryMicroPythonItemIsAnUpToDateCheckInputAndWatched()
    {
        var sample = SampleProject.CopyOf("MultiTarget");
        sample.AddItems("""<MicroPythonManifest Include="manifest.py" /><MicroPythonMpy Include="prebuilt/tool.mpy" />""");

        var result = sample.Run("msbuild", "-getItem:AvailableItemName", "-getItem:UpToDateCheckInput", "-getItem:UpToDateCheckBuilt", "-getItem:Watch");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        using var json = JsonDocument.Parse(result.Output[result.Output.IndexOf('{', StringComparison.Ordinal)..]);
        var items = json.RootElement.GetProperty("Items");
        string[] Of(string type) => [.. items.GetProperty(type).EnumerateArray().Select(item => item.GetProperty("Identity").GetString()!.Replace('\\', '/')).Order(StringComparer.Ordinal)];

        CollectionAssert.IsSubsetOf(new[] { "MicroPythonManifest", "MicroPythonModule", "MicroPythonMpy", "MicroPythonStringModule" }, Of("AvailableItemName"));
        string[] declared = [.. Sources, "manifest.py", "prebuilt/tool.mpy"];
        CollectionAssert.IsSubsetOf(declared, Of("UpToDateCheckInput"), string.Join(", ", Of("UpToDateCheckInput")));
        CollectionAssert.Contains(Of("UpToDateCheckInput"), "ports/unix/qstrdefs.preprocessed.h", "the unix board's qstr header");
        CollectionAssert.AreEquivalent(declared, Of("Watch"), string.Join(", ", Of("Watch")));
        CollectionAssert.AreEquivalent(
            new[] { sample.PathOf("bin/Debug/rp2/frozen_content.c"), sample.PathOf("bin/Debug/unix/frozen_content.c") },
            Of("UpToDateCheckBuilt"));
    }
}
