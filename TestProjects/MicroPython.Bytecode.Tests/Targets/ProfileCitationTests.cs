using System.Text.Json;
using MicroPython.Bytecode.Targets;
using MicroPython.TestSupport;

namespace MicroPython.Bytecode.Tests.Targets;

/// <summary>
/// Pins each port profile's values to the v1.28.0 configuration lines it cites, read from the
/// reference source tree, so a wrong value or a stale line number fails here.
/// </summary>
[TestClass]
public sealed class ProfileCitationTests
{
    private static string ProfilePath(string name) => Path.Combine(Paths.RepoRoot, "Sdk", "targets", name + ".json");

    [TestMethod]
    [DataRow("bare-arm")]
    [DataRow("minimal")]
    [DataRow("unix-nanbox")]
    [DataRow("qemu")]
    [DataRow("stm32-nucleo-f091rc")]
    [DataRow("stm32-nucleo-h743zi")]
    [DataRow("cc3200")]
    [DataRow("esp8266")]
    [DataRow("nrf")]
    [DataRow("rp2-rp2350")]
    [DataRow("samd")]
    public void EveryCitedLineSaysWhatTheProfileClaims(string name)
    {
        var path = ProfilePath(name);
        var profile = TargetProfileReader.ReadFile(path);
        using var json = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var problems = new List<string>();

        Assert.AreEqual(name, profile.Name);
        foreach (var (field, citation) in profile.Sources)
        {
            var locations = CitedConfigLine.Locations(citation);
            if (locations.Count == 0)
            {
                problems.Add($"{field}: '{citation}' names no file and line");
                continue;
            }

            var (file, line) = locations[0];
            var text = CitedConfigLine.Read(Paths.ReferenceTree, file, line);
            if (text is null)
            {
                problems.Add($"{field}: {file}:{line} does not exist");
                continue;
            }

            var claim = Claim(json.RootElement.GetProperty(field));
            string? RomLevel() => locations.Count > 1 ? CitedConfigLine.Read(Paths.ReferenceTree, locations[1].File, locations[1].Line) : null;
            if (CitedConfigLine.Mismatch(field, claim, text, RomLevel) is { } why)
            {
                problems.Add($"{field} = {claim}: {file}:{line} {why}: {text.Trim()}");
            }
        }

        Assert.IsEmpty(problems, string.Join(Environment.NewLine, problems));
    }

    [TestMethod]
    [DataRow("objectRepresentation", "a", "#define MICROPY_OBJ_REPR            (MICROPY_OBJ_REPR_C)")]
    [DataRow("float", "single", "MICROPY_FLOAT_IMPL = double")]
    [DataRow("nativeArch", "armv7emsp", "MPY_CROSS_FLAGS += -march=armv7m")]
    [DataRow("defaultHeapSize", "2048", "#define MICROPY_HEAP_SIZE      (25600) // heap size 25 kilobytes")]
    [DataRow("qstrBytesInHash", "2", "#define MICROPY_QSTR_BYTES_IN_HASH (1)")]
    [DataRow("unicodeStrings", "false", "#define MICROPY_PY_BUILTINS_STR_UNICODE (1)")]
    [DataRow("longIntImplementation", "mpz", "#define MICROPY_ALLOC_PATH_MAX (128)")]
    public void ALineThatSaysOtherwiseIsCaught(string field, string claim, string text)
    {
        Assert.IsNotNull(CitedConfigLine.Mismatch(field, claim, text, () => null));
    }

    [TestMethod]
    public void AUnicodeDefaultFollowsTheCitedRomLevel()
    {
        const string Default = "#define MICROPY_PY_BUILTINS_STR_UNICODE (MICROPY_CONFIG_ROM_LEVEL_AT_LEAST_EXTRA_FEATURES)";
        const string Minimum = "#define MICROPY_CONFIG_ROM_LEVEL (MICROPY_CONFIG_ROM_LEVEL_MINIMUM)";

        Assert.IsNull(CitedConfigLine.Mismatch("unicodeStrings", "false", Default, () => Minimum));
        Assert.IsNotNull(CitedConfigLine.Mismatch("unicodeStrings", "true", Default, () => Minimum));
    }

    private static string Claim(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
