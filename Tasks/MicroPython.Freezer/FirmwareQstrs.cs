using System.Globalization;
using System.Text.RegularExpressions;
using MicroPython.Bytecode;
using MicroPython.Bytecode.Files;
using MicroPython.Freezer.CSource;

namespace MicroPython.Freezer;

/// <summary>
/// The qstrs a firmware already has, by <c>MP_QSTR_</c> identifier, and the layout of its qstr pool,
/// as read from the port's <c>genhdr/qstrdefs.preprocessed.h</c> (<c>QCFG(…)</c> and <c>Q(…)</c> lines).
/// Frozen code refers to these by name and adds only the others to its own pool.
/// </summary>
public sealed partial class FirmwareQstrs
{
    private static readonly HashSet<string> StaticIdentifiers = BuildStaticIdentifiers();

    private readonly HashSet<string> identifiers;

    private FirmwareQstrs(HashSet<string> identifiers, int bytesInHash, int bytesInLen)
    {
        this.identifiers = identifiers;
        BytesInHash = bytesInHash;
        BytesInLen = bytesInLen;
    }

    /// <summary>
    /// What mpy-tool assumes without a header: only the static qstrs, one hash byte and one length byte.
    /// </summary>
    public static FirmwareQstrs StaticOnly { get; } = new(StaticIdentifiers, 1, 1);

    /// <summary>
    /// Only the static qstrs, in a pool laid out as a target's profile says: for a firmware whose
    /// header is not at hand, the hashes must still have the width its <c>qstr_hash_t</c> has.
    /// </summary>
    /// <param name="bytesInHash">Bytes of each hash (0 to 4).</param>
    /// <param name="bytesInLen">Bytes of each length (1 to 4).</param>
    public static FirmwareQstrs StaticOnlyWith(int bytesInHash, int bytesInLen)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytesInHash);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bytesInHash, 4);
        ArgumentOutOfRangeException.ThrowIfLessThan(bytesInLen, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bytesInLen, 4);
        return new(StaticIdentifiers, bytesInHash, bytesInLen);
    }

    /// <summary>Bytes of each qstr hash in the pool (<c>MICROPY_QSTR_BYTES_IN_HASH</c>); 0 means no hashes.</summary>
    public int BytesInHash { get; }

    /// <summary>Bytes of each qstr length in the pool (<c>MICROPY_QSTR_BYTES_IN_LEN</c>).</summary>
    public int BytesInLen { get; }

    /// <summary>How many distinct identifiers the firmware has, static ones included.</summary>
    public int Count => identifiers.Count;

    /// <summary>Whether the firmware has a qstr with this identifier (the part after <c>MP_QSTR_</c>).</summary>
    public bool ContainsIdentifier(string identifier) => identifiers.Contains(identifier);

    /// <summary>Whether the firmware has a qstr whose identifier equals that of <paramref name="text"/>.</summary>
    public bool ContainsText(string text) => identifiers.Contains(QstrText.Identifier(text));

    /// <summary>Reads a qstr header file.</summary>
    /// <exception cref="FreezerException">The file is missing, not a regular file, larger than <see cref="InputLimits.QstrHeader"/>, or has no <c>QCFG</c> line (<see cref="FreezerErrors.BadQstrHeader"/>).</exception>
    public static FirmwareQstrs FromFile(string path)
    {
        string text;
        try
        {
            text = InputFile.ReadAllText(path, InputLimits.QstrHeader, "qstr header");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FreezerException(FreezerErrors.BadQstrHeader, $"cannot read the firmware qstr header: {e.Message}", path, inner: e);
        }

        return Parse(text, path);
    }

    /// <summary>Parses the text of a qstr header.</summary>
    /// <param name="text">The header text.</param>
    /// <param name="fileName">The file name, for messages.</param>
    /// <exception cref="FreezerException">No <c>QCFG</c> line, or a non-numeric hash/length size.</exception>
    public static FirmwareQstrs Parse(string text, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var configs = new Dictionary<string, string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StaticIdentifiers, StringComparer.Ordinal);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            var cfg = ConfigLine().Match(line);
            if (cfg.Success)
            {
                var value = cfg.Groups[2].Value;
                if (value.Length >= 2 && value[0] == '(' && value[^1] == ')')
                {
                    value = value[1..^1];
                }

                configs[cfg.Groups[1].Value] = value;
                continue;
            }

            if (line.Length >= 3 && line.StartsWith("Q(", StringComparison.Ordinal) && line.EndsWith(')'))
            {
                var qstr = line[2..^1] switch
                {
                    "\\n" => "\n",
                    "\\r\\n" => "\r\n",
                    var s => s,
                };
                ids.Add(QstrText.Identifier(qstr));
            }
        }

        if (configs.Count == 0)
        {
            throw new FreezerException(FreezerErrors.BadQstrHeader, "the firmware qstr header has no QCFG lines (is it the preprocessed qstrdefs header?)", fileName);
        }

        return new FirmwareQstrs(ids, ReadSize(configs, "BYTES_IN_HASH", fileName), ReadSize(configs, "BYTES_IN_LEN", fileName));
    }

    private static int ReadSize(Dictionary<string, string> configs, string name, string? fileName)
    {
        if (!configs.TryGetValue(name, out var value))
        {
            throw new FreezerException(FreezerErrors.BadQstrHeader, $"the firmware qstr header has no QCFG({name}, …) line", fileName);
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 4)
        {
            throw new FreezerException(FreezerErrors.BadQstrHeader, $"QCFG({name}) is '{value}', expected 0 to 4", fileName);
        }

        return n;
    }

    private static HashSet<string> BuildStaticIdentifiers()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var id = 1; id <= StaticQstrs.Count; id++)
        {
            set.Add(QstrText.Identifier(StaticQstrs.TextOf(id)!));
        }

        return set;
    }

    [GeneratedRegex(@"^QCFG\((.+), (.+)\)")]
    private static partial Regex ConfigLine();
}
