using System.Text.Json;
using MicroPython.Bytecode.Files;

namespace MicroPython.Bytecode.Targets;

/// <summary>
/// Reads a target profile from its JSON text. Every value is required (the runner's values of
/// <see cref="TargetRuntime"/> as a group) and must cite its source in the <c>sources</c> object,
/// so a profile cannot silently drift from the port it describes.
/// </summary>
public static class TargetProfileReader
{
    /// <summary>The JSON names of the values every profile must give (and cite).</summary>
    public static IReadOnlyList<string> ValueNames { get; } =
    [
        "smallIntBits", "objectRepresentation", "longIntImplementation", "mpzDigitSize", "float",
        "qstrBytesInHash", "qstrBytesInLen", "unicodeStrings", "nativeArch", "defaultHeapSize",
    ];

    /// <summary>Reads the profile file at <paramref name="path"/>.</summary>
    /// <exception cref="TargetProfileException">The file is missing, not JSON, or a value is absent or out of range.</exception>
    public static TargetProfile ReadFile(string path)
    {
        string json;
        try
        {
            json = InputFile.ReadAllText(path, InputLimits.Profile, "board profile");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TargetProfileException(path, e.Message);
        }

        return Read(json, path);
    }

    /// <summary>Reads a profile from <paramref name="json"/>; <paramref name="origin"/> names it in errors.</summary>
    /// <exception cref="TargetProfileException">The text is not JSON, or a value is absent or out of range.</exception>
    public static TargetProfile Read(string json, string origin)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new TargetProfileException(origin, $"not valid JSON (line {e.LineNumber + 1}): {e.Message}");
        }

        using (document)
        {
            var fields = new ProfileFields(document.RootElement, origin);
            var profile = new TargetProfile(
                Name: fields.String("name"),
                Description: fields.String("description"),
                SmallIntBits: fields.Int("smallIntBits", 8, 63),
                ObjectRepresentation: fields.Enum<ObjectRepresentation>("objectRepresentation"),
                LongInt: fields.Enum<LongIntImplementation>("longIntImplementation"),
                MpzDigitSize: fields.Int("mpzDigitSize", 8, 32),
                Float: fields.Enum<FloatImplementation>("float"),
                QstrBytesInHash: fields.Int("qstrBytesInHash", 0, 2),
                QstrBytesInLen: fields.Int("qstrBytesInLen", 1, 2),
                UnicodeStrings: fields.Bool("unicodeStrings"),
                NativeArch: fields.Enum<NativeArch>("nativeArch"),
                DefaultHeapSize: fields.Int("defaultHeapSize", 1024, int.MaxValue),
                Sources: fields.Sources(fields.Has("sysPlatform") ? [.. ValueNames, .. TargetRuntime.ValueNames] : ValueNames))
            {
                Runtime = fields.Has("sysPlatform") ? ReadRuntime(fields) : TargetRuntime.Unix,
                RomfsBytes = fields.OptionalCitedInt("romfsBytes", 0, int.MaxValue),
            };
            if (profile.MpzDigitSize is not (8 or 16 or 32))
            {
                throw new TargetProfileException(origin, $"mpzDigitSize must be 8, 16 or 32, not {profile.MpzDigitSize}");
            }

            return profile;
        }
    }

    // The runner's values are optional as a group: a profile written before them still loads (and
    // runs as the unix port would); one that gives sysPlatform gives, and cites, them all.
    private static TargetRuntime ReadRuntime(ProfileFields fields) => new(
        SysPlatform: fields.String("sysPlatform"),
        Machine: fields.String("machine"),
        BuildName: fields.NullableString("buildName"),
        Thread: fields.NullableString("thread"),
        SysPath: fields.StringArray("sysPath"),
        RecursionLimit: fields.Int("recursionLimit", 1, 1_000_000));
}
