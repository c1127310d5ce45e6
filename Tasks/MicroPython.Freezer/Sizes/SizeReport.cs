using MicroPython.Bytecode;
using MicroPython.Bytecode.Romfs;
using MicroPython.Freezer.CSource;

namespace MicroPython.Freezer.Sizes;

/// <summary>
/// What a board's MicroPython code costs: per frozen module its flash bytes (bytecode, raw code,
/// constants, qstr table, qstrs added to the pool), per ROMFS file its size and the RAM its new
/// qstrs take when imported; each list largest first, added up per package and in total.
/// Written as <c>size-report.json</c> (schema in the Freezer's README) and as text in the build summary.
/// </summary>
/// <param name="Target">The board.</param>
/// <param name="Model">The C structure sizes used.</param>
/// <param name="Frozen">The frozen modules, largest first.</param>
/// <param name="FrozenFixedBytes">Bytes of <c>frozen_content.c</c> that belong to no module (the pool header).</param>
/// <param name="Romfs">The ROMFS image's files, largest first; empty without an image.</param>
/// <param name="RomfsImageBytes">The image's size, or null without one.</param>
/// <param name="FlashBudgetBytes">The board's flash budget for frozen code and the image, or null.</param>
public sealed record SizeReport(
    string Target,
    SizeModel Model,
    IReadOnlyList<ModuleSize> Frozen,
    int FrozenFixedBytes,
    IReadOnlyList<RomfsFileSize> Romfs,
    int? RomfsImageBytes,
    long? FlashBudgetBytes)
{
    /// <summary>The schema name and version written into the JSON.</summary>
    public const string Schema = "micropython-sdk/size-report/1";

    /// <summary>Flash taken by frozen code: every module plus the fixed part.</summary>
    public long FrozenFlashBytes => Frozen.Sum(m => (long)m.FlashBytes) + (Frozen.Any(m => m.Kind == "mpy") ? FrozenFixedBytes : 0);

    /// <summary>Frozen flash plus the ROMFS image.</summary>
    public long TotalFlashBytes => FrozenFlashBytes + (RomfsImageBytes ?? 0);

    /// <summary>Whether <see cref="TotalFlashBytes"/> exceeds <see cref="FlashBudgetBytes"/>.</summary>
    public bool OverBudget => FlashBudgetBytes is { } budget && TotalFlashBytes > budget;

    /// <summary>The frozen modules added up per package, largest first.</summary>
    public IReadOnlyList<PackageSize> FrozenPackages =>
        Sorted(Frozen.GroupBy(m => m.Package).Select(g => new PackageSize(g.Key, g.Count(), g.Sum(m => (long)m.FlashBytes), g.Sum(m => m.QstrsAdded))));

    /// <summary>The ROMFS files added up per package, largest first.</summary>
    public IReadOnlyList<PackageSize> RomfsPackages =>
        Sorted(Romfs.GroupBy(f => f.Package).Select(g => new PackageSize(g.Key, g.Count(), g.Sum(f => (long)f.FileBytes), g.Sum(f => f.QstrsAdded))));

    /// <summary>Measures a board's frozen modules and, if it has one, its ROMFS image.</summary>
    /// <param name="target">The board's name.</param>
    /// <param name="request">What the board freezes (as given to <see cref="FrozenCWriter"/>).</param>
    /// <param name="model">The board's C structure sizes.</param>
    /// <param name="romfsImage">The board's ROMFS image, or null.</param>
    /// <param name="flashBudgetBytes">The budget, or null.</param>
    public static SizeReport Measure(string target, FreezeRequest request, SizeModel model, byte[]? romfsImage, long? flashBudgetBytes)
    {
        var (frozen, pool, fixedBytes) = FrozenSizes.Measure(request, model);
        var romfs = romfsImage is null ? [] : RomfsSizes(RomfsImage.Read(romfsImage), request.Firmware, pool, model);
        return new SizeReport(
            target,
            model,
            [.. frozen.OrderByDescending(m => m.FlashBytes).ThenBy(m => m.Path, StringComparer.Ordinal)],
            fixedBytes,
            [.. romfs.OrderByDescending(f => f.FileBytes).ThenBy(f => f.Path, StringComparer.Ordinal)],
            romfsImage?.Length,
            flashBudgetBytes);
    }

    // A .mpy imported from ROMFS runs its bytecode in place, but its qstrs the firmware lacks are
    // interned into a pool in RAM.
    private static List<RomfsFileSize> RomfsSizes(RomfsImage image, FirmwareQstrs firmware, HashSet<string> frozenPool, SizeModel model)
    {
        var seen = new HashSet<string>(frozenPool, StringComparer.Ordinal);
        var files = new List<RomfsFileSize>();
        foreach (var (path, file) in Files(image.Root, ""))
        {
            var qstrs = 0;
            var ram = 0;
            if (path.EndsWith(".mpy", StringComparison.Ordinal) && ReadModule(image.Content(file), path) is { } module)
            {
                foreach (var q in new GlobalQstrs([module]).NewQstrs(firmware).Where(q => seen.Add(QstrText.Identifier(q))))
                {
                    qstrs++;
                    ram += firmware.BytesInHash + firmware.BytesInLen + model.WordBytes + q.ByteCount + 1;
                }
            }

            files.Add(new RomfsFileSize(path, FrozenSizes.PackageOf(path), file.Length, qstrs, ram));
        }

        return files;
    }

    // A file named .mpy that is not bytecode the firmware loads is data as far as RAM goes.
    private static MpyModule? ReadModule(ReadOnlyMemory<byte> content, string path)
    {
        try
        {
            return MpyReader.Read(content, path);
        }
        catch (MpyFormatException)
        {
            return null;
        }
    }

    private static IEnumerable<(string Path, RomfsFile File)> Files(RomfsDirectory directory, string prefix)
    {
        foreach (var entry in directory.Entries)
        {
            if (entry is RomfsDirectory sub)
            {
                foreach (var file in Files(sub, prefix + sub.Name + "/"))
                {
                    yield return file;
                }
            }
            else
            {
                yield return (prefix + entry.Name, (RomfsFile)entry);
            }
        }
    }

    private static List<PackageSize> Sorted(IEnumerable<PackageSize> packages) =>
        [.. packages.OrderByDescending(p => p.FlashBytes).ThenBy(p => p.Package, StringComparer.Ordinal)];
}
