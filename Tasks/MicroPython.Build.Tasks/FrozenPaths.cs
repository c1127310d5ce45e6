using Microsoft.Build.Framework;

namespace MicroPython.Build.Tasks;

/// <summary>
/// Decides the path a source file has inside the firmware (its module name with <c>/</c> and the
/// extension), as <c>freeze()</c> in a manifest would: explicit <c>FrozenPath</c>, else
/// <c>Link</c>, else the path under <c>BasePath</c>, else the path under the project folder.
/// Whether the path can name a module is planning's to say (<see cref="MicroPython.Freezer.Pipeline.FreezePlanner"/>).
/// </summary>
internal static class FrozenPaths
{
    /// <summary>The frozen path of <paramref name="item"/>.</summary>
    public static string Of(ITaskItem item, string projectDirectory)
    {
        var fullPath = item.GetMetadata("FullPath");
        var path = FirstNonEmpty(item.GetMetadata("FrozenPath"), item.GetMetadata("Link"));
        if (path is null)
        {
            var basePath = item.GetMetadata("BasePath");
            var root = basePath.Length > 0 ? Path.GetFullPath(basePath, projectDirectory) : projectDirectory;
            var relative = Path.GetRelativePath(root, fullPath);
            path = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFileName(fullPath) : relative;
        }

        return path.Replace('\\', '/');
    }

    private static string? FirstNonEmpty(params string[] values) => values.FirstOrDefault(v => v.Length > 0);
}
