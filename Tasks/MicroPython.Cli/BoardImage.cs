using System.Text.Json;
using MicroPython.Bytecode;
using MicroPython.Bytecode.Romfs;
using MicroPython.Bytecode.Targets;
using MicroPython.Runtime;

namespace MicroPython.Cli;

/// <summary>
/// A board's image as the build describes it (<c>bin/CONFIGURATION/BOARD/image.json</c>): the
/// board's profile and its frozen modules — source text inline, bytecode as <c>.mpy</c> files
/// beside the description — and, when the build made one, the board's ROMFS image (<c>romfs.img</c>
/// beside the description), which the runner mounts at <c>/rom</c>. Loading reads what the build
/// wrote; nothing is compiled again.
/// </summary>
internal sealed record BoardImage(TargetProfile Profile, FrozenImage Frozen, RomfsImage? Romfs)
{
    // The file name the build gives a board's ROMFS image, in the board's output folder.
    private const string RomfsFileName = "romfs.img";

    /// <summary>Reads the image described by <paramref name="path"/>.</summary>
    /// <exception cref="BoardImageException">The description is missing, not an image description, or names a module file that cannot be read.</exception>
    public static BoardImage Load(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            var profile = TargetProfileReader.Read(root.GetProperty("profile").GetRawText(), path);
            var modules = new List<FrozenModule>();
            foreach (var entry in root.GetProperty("frozen").EnumerateArray())
            {
                var frozenPath = entry.GetProperty("path").GetString()!;
                modules.Add(entry.GetProperty("kind").GetString() switch
                {
                    "str" => FrozenModule.Text(frozenPath, entry.GetProperty("source").GetString()!),
                    "mpy" => FrozenModule.Bytecode(frozenPath, MpyReader.ReadFile(ModuleFile(folder, entry.GetProperty("file").GetString()!))),
                    var kind => throw new BoardImageException(path, $"frozen module '{frozenPath}' has unknown kind '{kind}'"),
                });
            }

            var romfsPath = Path.Combine(folder, RomfsFileName);
            var romfs = File.Exists(romfsPath) ? RomfsImage.ReadFile(romfsPath) : null;
            return new BoardImage(profile, new FrozenImage(modules), romfs);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new BoardImageException(path, "not an image description the build wrote: " + e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or TargetProfileException or MpyFormatException or RomfsFormatException)
        {
            throw new BoardImageException(path, e.Message);
        }
    }

    // Module files are named relative to the description, inside its folder.
    private static string ModuleFile(string folder, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(folder, relative));
        return full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw new InvalidOperationException($"module file '{relative}' is outside the image's folder");
    }
}

/// <summary>A board image that cannot be loaded.</summary>
internal sealed class BoardImageException(string path, string reason) : Exception($"{path}: {reason}");
