using System.Text.Json;
using NuGet.Frameworks;

namespace MicroPython.Build.Tasks;

/// <summary>One package in a restore graph: its id, version, folder on disk (null if no package folder holds it) and files.</summary>
internal sealed record RestoredPackage(string Id, string Version, string? Root, IReadOnlyList<string> Files);

/// <summary>A <c>project.assets.json</c> that lacks what restore always writes; the message says what.</summary>
internal sealed class AssetsFileException(string message) : Exception(message);

/// <summary>
/// Reads the packages of one framework's restore graph from NuGet's <c>project.assets.json</c>: the
/// graph (<c>targets</c>) says which packages the project gets, <c>libraries</c> what files each has
/// and <c>packageFolders</c> where they were extracted.
/// </summary>
/// <remarks>
/// Read by hand rather than with NuGet.ProjectModel's <c>LockFileFormat</c>, which the SDK folder
/// holds. That copy is loaded in MSBuild's default context with the SDK's own NuGet.Frameworks (7.9
/// in SDK 10.0.401), while these tasks ship and load NuGet.Frameworks 6.7 beside them, with a
/// name provider that knows <c>micropython</c> monikers: the lock file's <c>NuGetFramework</c> values
/// would be of the other copy's type, so a graph could only be matched by its name, as here. And the
/// library is lenient where restore's output is broken (a missing <c>libraries</c> section reads
/// as empty), where this reader names the missing field in <c>MPY3009</c>.
/// </remarks>
internal static class RestoredPackages
{
    /// <summary>The packages restored for <paramref name="framework"/>; throws <see cref="AssetsFileException"/> for a file restore would not write.</summary>
    public static IReadOnlyList<RestoredPackage> Read(string assetsFile, NuGetFramework framework)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(ReadSettled(assetsFile));
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new AssetsFileException(e.Message);
        }

        using (document)
        {
            var root = Object(document.RootElement, "the file");
            var graph = Object(Property(root, "targets"), "'targets'").EnumerateObject()
                .FirstOrDefault(target => !target.Name.Contains('/') && framework.Equals(MicroPythonFramework.Parse(target.Name)));
            if (graph.Value.ValueKind == JsonValueKind.Undefined)
            {
                throw new AssetsFileException($"it has no restore graph for {MicroPythonFramework.FolderName(framework)}");
            }

            var libraries = Object(Property(root, "libraries"), "'libraries'");
            var folders = Object(Property(root, "packageFolders"), "'packageFolders'").EnumerateObject().Select(folder => folder.Name).ToList();
            var packages = new List<RestoredPackage>();
            foreach (var entry in Object(graph.Value, $"'targets.{graph.Name}'").EnumerateObject())
            {
                var where = $"targets.{graph.Name}.{entry.Name}";
                if (String(Object(entry.Value, $"'{where}'"), "type", where) != "package")
                {
                    continue;
                }

                where = $"libraries.{entry.Name}";
                var library = Object(Property(libraries, entry.Name, "libraries"), $"'{where}'");
                var path = String(library, "path", where);
                var files = Property(library, "files", where);
                if (files.ValueKind != JsonValueKind.Array)
                {
                    throw new AssetsFileException($"'{where}.files' is not a list");
                }

                var slash = entry.Name.IndexOf('/');
                packages.Add(new RestoredPackage(
                    slash < 0 ? entry.Name : entry.Name[..slash],
                    slash < 0 ? "" : entry.Name[(slash + 1)..],
                    folders.Select(folder => Path.Combine(folder, path)).FirstOrDefault(Directory.Exists),
                    [.. files.EnumerateArray().Where(file => file.ValueKind == JsonValueKind.String).Select(file => file.GetString()!)]));
            }

            return packages;
        }
    }

    private static JsonElement Property(JsonElement element, string name, string? parent = null) =>
        element.TryGetProperty(name, out var value) ? value : throw new AssetsFileException($"'{(parent is null ? "" : parent + ".")}{name}' is missing");

    private static JsonElement Object(JsonElement element, string what) =>
        element.ValueKind == JsonValueKind.Object ? element : throw new AssetsFileException($"{what} is not a JSON object");

    private static string String(JsonElement element, string name, string parent) =>
        Property(element, name, parent) is { ValueKind: JsonValueKind.String } value ? value.GetString()! : throw new AssetsFileException($"'{parent}.{name}' is not a string");

    // Another build of the project (two terminals, an IDE) may be restoring it at this moment, and
    // NuGet replaces the assets file without holding our build lock: a file that went missing
    // after evaluation saw it is waited for a little before it counts as absent.
    private static byte[] ReadSettled(string assetsFile)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return File.ReadAllBytes(assetsFile);
            }
            catch (FileNotFoundException) when (attempt < 50)
            {
                Thread.Sleep(200);
            }
        }
    }
}
