using Microsoft.Build.Framework;

namespace MicroPython.Build.Tasks;

/// <summary>
/// Decides the path a source file has inside the firmware (its module name with <c>/</c> and the
/// extension), as <c>freeze()</c> in a manifest would: explicit <c>FrozenPath</c>, else
/// <c>Link</c>, else the path under <c>BasePath</c>, else the path under the project folder.
/// </summary>
internal static class FrozenPaths
{
    /// <summary>The frozen path of <paramref name="item"/>, or null with <paramref name="problem"/> set.</summary>
    public static string? Of(ITaskItem item, string projectDirectory, string extension, out string? problem)
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

        path = path.Replace('\\', '/');
        problem = Validate(path, extension);
        return problem is null ? path : null;
    }

    private static string? Validate(string path, string extension)
    {
        if (path.Any(IsControl))
        {
            var shown = string.Concat(path.Select(c => IsControl(c) ? $"\\x{(int)c:x2}" : c.ToString()));
            return $"the frozen path '{shown}' holds a control character; a module name cannot";
        }

        if (path.StartsWith('/') || path.Split('/').Any(part => part is "" or "." or ".."))
        {
            return $"the frozen path '{path}' must be relative, without empty, '.' or '..' parts";
        }

        return path.EndsWith(extension, StringComparison.Ordinal) && path.Length > extension.Length
            ? null
            : $"the frozen path '{path}' must name a {extension} file";
    }

    private static bool IsControl(char c) => c < ' ' || c == '\x7f';

    private static string? FirstNonEmpty(params string[] values) => values.FirstOrDefault(v => v.Length > 0);
}
