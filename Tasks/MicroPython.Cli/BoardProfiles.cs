using MicroPython.Bytecode.Targets;

namespace MicroPython.Cli;

/// <summary>The SDK's board profiles (<c>targets/NAME.json</c> beside the tool), found by board name.</summary>
internal static class BoardProfiles
{
    /// <summary>The folder of the profiles shipped with the tool.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "targets");

    /// <summary>The profile of board <paramref name="name"/>.</summary>
    /// <exception cref="TargetProfileException">The name is not a board's name, or its profile is missing or broken.</exception>
    public static TargetProfile Load(string name)
    {
        // A board name is a name, never a path.
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            throw new TargetProfileException(name, $"'{name}' is not a board name (letters, digits, '_' and '-')");
        }

        var path = Path.Combine(Folder, name + ".json");
        if (!File.Exists(path))
        {
            var known = Directory.Exists(Folder)
                ? string.Join(", ", Directory.GetFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal))
                : "";
            throw new TargetProfileException(name, $"no board named '{name}' (known: {known})");
        }

        return TargetProfileReader.ReadFile(path);
    }
}
