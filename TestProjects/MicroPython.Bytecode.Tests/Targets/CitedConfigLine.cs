using System.Globalization;
using System.Text.RegularExpressions;

namespace MicroPython.Bytecode.Tests.Targets;

/// <summary>
/// Checks that a line of MicroPython's source says what a profile value claims: the configuration
/// name the value belongs to and, where the line spells one out, the same value.
/// </summary>
internal static partial class CitedConfigLine
{
    // Whether a ROM level turns on the features that are on "at least at extra features" (py/mpconfig.h).
    private static readonly string[] ExtraOrAbove = ["EXTRA_FEATURES", "FULL_FEATURES", "EVERYTHING"];

    /// <summary>The first <c>path:line</c> of a citation, and any further ones it names.</summary>
    public static IReadOnlyList<(string File, int Line)> Locations(string citation) =>
        Location().Matches(citation).Select(m => (m.Groups["file"].Value, int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture))).ToList();

    /// <summary>Reads line <paramref name="line"/> (1-based) of <paramref name="file"/> under <paramref name="tree"/>, or null if there is none.</summary>
    public static string? Read(string tree, string file, int line)
    {
        var path = Path.Combine(tree, file);
        return File.Exists(path) ? File.ReadLines(path).Skip(line - 1).FirstOrDefault() : null;
    }

    /// <summary>
    /// Why <paramref name="text"/> does not support the claim that <paramref name="field"/> is
    /// <paramref name="claim"/>, or null if it does. <paramref name="romLevel"/> reads the ROM level a
    /// default depends on, from the citation's second location.
    /// </summary>
    public static string? Mismatch(string field, string claim, string text, Func<string?> romLevel)
    {
        switch (field)
        {
            case "smallIntBits":
                return Has(text, "mp_int_t") || Has(text, "MP_SMALL_INT") ? null : "names neither mp_int_t nor MP_SMALL_INT";
            case "objectRepresentation":
                return Value(ObjRepr(), text, claim.ToUpperInvariant());
            case "longIntImplementation":
                return Value(LongInt(), text, claim.ToUpperInvariant());
            case "mpzDigitSize":
                return Value(MpzDigits(), text, claim);
            case "float":
                return Value(FloatImpl(), text, claim == "single" ? "FLOAT" : claim.ToUpperInvariant());
            case "qstrBytesInHash":
                return Value(QstrHash(), text, claim);
            case "qstrBytesInLen":
                return Value(QstrLen(), text, claim);
            case "nativeArch":
                return Value(Arch(), text, claim.ToUpperInvariant());
            case "unicodeStrings":
                return Unicode(text, claim, romLevel);
            case "defaultHeapSize":
                return Heap(text, claim);
            default:
                return null;
        }
    }

    private static string? Unicode(string text, string claim, Func<string?> romLevel)
    {
        var match = UnicodeSetting().Match(text);
        if (!match.Success)
        {
            return "does not set MICROPY_PY_BUILTINS_STR_UNICODE";
        }

        var setting = match.Groups[1].Value.Trim();
        if (setting is "0" or "1")
        {
            return (setting == "1") == (claim == "true") ? null : $"sets it to {setting}";
        }

        // The default follows the ROM level, which the citation names as its second location.
        var level = romLevel() is { } line ? RomLevel().Match(line) : Match.Empty;
        if (!level.Success)
        {
            return "the default depends on the ROM level, and the citation's second location sets none";
        }

        var on = ExtraOrAbove.Contains(level.Groups[1].Value.ToUpperInvariant());
        return on == (claim == "true") ? null : $"the ROM level {level.Groups[1].Value} turns it {(on ? "on" : "off")}";
    }

    private static string? Heap(string text, string claim)
    {
        if (!Has(text, "heap") && !Has(text, "RAM"))
        {
            return "names neither a heap nor RAM";
        }

        var size = HeapSize().Match(text);
        if (!size.Success)
        {
            return null;
        }

        var bytes = long.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture) * (size.Groups[2].Success ? 1024 : 1);
        return bytes.ToString(CultureInfo.InvariantCulture) == claim ? null : $"sets the heap size to {bytes}";
    }

    private static string? Value(Regex pattern, string text, string expected)
    {
        var match = pattern.Match(text);
        if (!match.Success)
        {
            return $"does not match {pattern}";
        }

        return string.Equals(match.Groups[1].Value, expected, StringComparison.OrdinalIgnoreCase) ? null : $"says {match.Groups[1].Value}";
    }

    private static bool Has(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<file>(?:py|ports)/[\w./-]+):(?<line>\d+)")]
    private static partial Regex Location();

    [GeneratedRegex(@"MICROPY_OBJ_REPR_([A-D])\b")]
    private static partial Regex ObjRepr();

    [GeneratedRegex(@"MICROPY_LONGINT_IMPL_(MPZ|LONGLONG|NONE)\b")]
    private static partial Regex LongInt();

    [GeneratedRegex(@"MPZ_DIG_SIZE\W*(\d+)")]
    private static partial Regex MpzDigits();

    [GeneratedRegex(@"MICROPY_FLOAT_IMPL(?:_|\s*\??=\s*)(FLOAT|DOUBLE|NONE)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FloatImpl();

    [GeneratedRegex(@"MICROPY_QSTR_BYTES_IN_HASH\s*\((\d)\)")]
    private static partial Regex QstrHash();

    [GeneratedRegex(@"MICROPY_QSTR_BYTES_IN_LEN\s*\((\d)\)")]
    private static partial Regex QstrLen();

    [GeneratedRegex(@"(?:MP_NATIVE_ARCH_|-march=|_ARCH\s*=\s*)(\w+)")]
    private static partial Regex Arch();

    [GeneratedRegex(@"MICROPY_PY_BUILTINS_STR_UNICODE\s*\((.+)\)")]
    private static partial Regex UnicodeSetting();

    [GeneratedRegex(@"MICROPY_CONFIG_ROM_LEVEL_(\w+)\)")]
    private static partial Regex RomLevel();

    // A heap size the line states as a number (optionally in K), ending the statement.
    [GeneratedRegex(@"heap_size[\s_=?(]*(\d+)\s*(K)?\s*\)?\s*;?\s*(?:$|//|/\*)", RegexOptions.IgnoreCase)]
    private static partial Regex HeapSize();
}
