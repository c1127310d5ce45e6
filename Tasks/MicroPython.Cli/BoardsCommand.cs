using System.CommandLine;
using System.Globalization;
using MicroPython.Bytecode.Targets;
using MicroPython.Freezer;

namespace MicroPython.Cli;

/// <summary>
/// <c>mpy boards [--targets DIR]</c>: lists the target profiles (<c>targets/*.json</c>) with the facts
/// that decide what code built for a board can do there.
/// </summary>
internal static class BoardsCommand
{
    private static readonly string[] Headings = ["name", "small int", "objects", "long int", "float", "native", "heap", "description"];

    public static Command Create()
    {
        var targets = new Option<string?>("--targets")
        {
            Description = "the folder of profiles to list (default: the targets folder shipped next to the tool, else Sdk/targets of the repository the current folder is in)",
            HelpName = "DIR",
        };
        var command = new Command("boards", "List the board profiles: small-int bits, object representation, long ints, float, native architecture and heap of each MicroPython v1.28.0 port build.") { targets };
        command.SetAction(result => Run(result.GetValue(targets)));
        return command;
    }

    private static int Run(string? folder)
    {
        folder ??= DefaultFolder();
        if (folder is null || !Directory.Exists(folder))
        {
            var where = folder ?? Path.Combine(AppContext.BaseDirectory, "targets");
            Console.Error.WriteLine($"{where}: error {DiagnosticCodes.ProfilesNotFound}: no folder of board profiles (pass --targets DIR)");
            return 1;
        }

        var profiles = new List<TargetProfile>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                profiles.Add(TargetProfileReader.ReadFile(file));
            }
            catch (TargetProfileException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }
        }

        if (profiles.Count == 0)
        {
            Console.Error.WriteLine($"{folder}: error {DiagnosticCodes.ProfilesNotFound}: the folder holds no board profiles (*.json)");
            return 1;
        }

        WriteTable(profiles.OrderBy(p => p.Name, StringComparer.Ordinal).Select(Row).ToList());
        return 0;
    }

    // The copy packed with the tool, else the profiles of the repository being worked in.
    private static string? DefaultFolder()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "targets");
        if (Directory.Exists(shipped))
        {
            return shipped;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "Sdk", "targets");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string[] Row(TargetProfile p) =>
    [
        p.Name,
        p.SmallIntBits.ToString(CultureInfo.InvariantCulture),
        "repr " + p.ObjectRepresentation,
        p.LongInt switch
        {
            LongIntImplementation.Mpz => $"mpz ({p.MpzDigitSize}-bit digits)",
            LongIntImplementation.LongLong => "long long",
            _ => "none",
        },
        p.Float.ToString().ToLowerInvariant(),
        p.NativeArch.ToString().ToLowerInvariant(),
        Size(p.DefaultHeapSize),
        p.Description,
    ];

    private static string Size(long bytes) => bytes switch
    {
        _ when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MiB",
        _ when bytes % 1024 == 0 => $"{bytes / 1024} KiB",
        _ => $"{bytes} B",
    };

    private static void WriteTable(IReadOnlyList<string[]> rows)
    {
        var widths = Headings.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        WriteRow(Headings, widths);
        WriteRow(widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows)
        {
            WriteRow(row, widths);
        }
    }

    // The last column is not padded, so lines carry no trailing spaces.
    private static void WriteRow(string[] cells, int[] widths) =>
        Console.Out.WriteLine(string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))));
}
