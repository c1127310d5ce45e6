using MicroPython.TestSupport;

namespace MicroPython.Sdk.IntegrationTests;

/// <summary>
/// A copy of a sample in a folder of its own, set up as a user's checkout would be: a NuGet.config
/// naming the feed with the packed SDK, and a global.json pinning the SDK's version.
/// </summary>
internal sealed class SampleProject
{
    private SampleProject(string directory, string projectFile)
    {
        Directory = directory;
        ProjectFile = projectFile;
    }

    public string Directory { get; }

    public string ProjectFile { get; }

    public static string SamplesRoot => Path.Combine(Paths.RepoRoot, "TestProjects", "Samples");

    public static SampleProject CopyOf(string sample)
    {
        var workspace = System.IO.Directory.CreateDirectory(Path.Combine(SdkPackage.Root, "work", Guid.NewGuid().ToString("N")[..8])).FullName;
        foreach (var name in System.IO.Directory.EnumerateDirectories(SamplesRoot))
        {
            CopyTree(name, Path.Combine(workspace, Path.GetFileName(name)));
        }

        File.WriteAllText(Path.Combine(workspace, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{SdkPackage.Feed}" />
              </packageSources>
            </configuration>
            """);
        File.Copy(Path.Combine(SamplesRoot, "global.json"), Path.Combine(workspace, "global.json"));
        File.Copy(Path.Combine(SamplesRoot, "Directory.Build.props"), Path.Combine(workspace, "Directory.Build.props"));
        File.Copy(Path.Combine(SamplesRoot, "Directory.Packages.props"), Path.Combine(workspace, "Directory.Packages.props"));
        var directory = Path.Combine(workspace, sample);
        return new SampleProject(directory, Path.Combine(directory, sample + ".csproj"));
    }

    public string PathOf(string relative) => Path.Combine(Directory, relative);

    /// <summary>Adds items (MSBuild XML) to the project file, as a user editing it would.</summary>
    public void AddItems(string itemsXml) =>
        File.WriteAllText(ProjectFile, File.ReadAllText(ProjectFile).Replace("</Project>", $"  <ItemGroup>{itemsXml}</ItemGroup>\n</Project>", StringComparison.Ordinal));

    /// <summary>Adds properties (MSBuild XML) to the project file, in a PropertyGroup of their own.</summary>
    public void AddProperties(string propertiesXml) =>
        File.WriteAllText(ProjectFile, File.ReadAllText(ProjectFile).Replace("</Project>", $"  <PropertyGroup>{propertiesXml}</PropertyGroup>\n</Project>", StringComparison.Ordinal));

    /// <summary>Writes a file of the project (a Directory.Build.targets, a module), creating its folder.</summary>
    public void WriteFile(string relative, string text)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
    }

    public DotNet.Result Build(params string[] args) => Run("build", args);

    /// <summary>Builds, killing the build (SIGKILL, every process of it) when it prints a line that <paramref name="killWhen"/> accepts.</summary>
    public DotNet.Result BuildKilledWhen(Func<string, bool> killWhen) =>
        DotNet.Run(Directory, SdkPackage.Environment, killWhen, ["build", ProjectFile, "--nologo"]);

    /// <summary>Every file under <paramref name="relative"/> (path relative to it, then its bytes).</summary>
    public SortedDictionary<string, byte[]> Files(string relative)
    {
        var root = PathOf(relative);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in System.IO.Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(root, file)] = File.ReadAllBytes(file);
        }

        return files;
    }

    public DotNet.Result Run(string verb, params string[] args) =>
        DotNet.Run(Directory, SdkPackage.Environment, [verb, ProjectFile, "--nologo", .. args]);

    private static void CopyTree(string from, string to)
    {
        foreach (var dir in System.IO.Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, dir);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            {
                continue;
            }

            System.IO.Directory.CreateDirectory(Path.Combine(to, relative));
        }

        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            {
                continue;
            }

            File.Copy(file, Path.Combine(to, relative));
        }
    }
}
