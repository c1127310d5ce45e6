using System.Xml.Linq;

namespace MicroPython.Sdk.IntegrationTests;

/// <summary>
/// The SensorLibrary sample packed into the test feed with <c>dotnet pack</c>, as its author would:
/// the samples that reference it (SensorApp, MultiTarget) restore it from there.
/// </summary>
internal static class SensorLibraryPackage
{
    public const string Id = "SensorLibrary";

    public static string Version { get; } =
        XDocument.Load(Path.Combine(SampleProject.SamplesRoot, Id, Id + ".csproj")).Descendants("Version").Single().Value;

    public static string File => Path.Combine(SdkPackage.Feed, $"{Id}.{Version}.nupkg");

    public static void Pack()
    {
        var library = SampleProject.CopyOf(Id);
        var result = library.Run("pack", "-o", SdkPackage.Feed);
        Assert.AreEqual(0, result.ExitCode, "packing the SensorLibrary sample failed:\n" + result);
        Assert.IsFalse(result.Output.Contains(": warning ", StringComparison.Ordinal), "packing the SensorLibrary sample warned:\n" + result);
    }
}
