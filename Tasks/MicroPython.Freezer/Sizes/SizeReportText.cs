using System.Globalization;
using System.Text;

namespace MicroPython.Freezer.Sizes;

/// <summary>The size report as text, for the build summary: one table per kind of storage, largest first.</summary>
public static class SizeReportText
{
    /// <summary>The report's text, ending in a newline.</summary>
    public static string Write(SizeReport report)
    {
        var o = new StringBuilder();
        o.Append("\nfrozen modules (flash bytes; word ").Append(N(report.Model.WordBytes)).Append(" bytes):\n");
        o.Append(string.Format(CultureInfo.InvariantCulture, "  {0,8} {1,8} {2,8} {3,8} {4,6} {5,8}  {6}\n", "flash", "bytecode", "consts", "other", "qstrs", "qstr B", "module"));
        foreach (var m in report.Frozen)
        {
            var other = m.RawCodeBytes + m.QstrTableBytes + m.ModuleBytes;
            o.Append(string.Format(CultureInfo.InvariantCulture, "  {0,8} {1,8} {2,8} {3,8} {4,6} {5,8}  {6}{7}\n", m.FlashBytes, m.BytecodeBytes, m.ConstantBytes, other, m.QstrsAdded, m.QstrBytes, m.Path, m.Kind == "str" ? " (source)" : ""));
        }

        Packages(o, report.FrozenPackages);
        o.Append("  total frozen: ").Append(N(report.FrozenFlashBytes)).Append(" bytes of flash, ").Append(N(report.Frozen.Sum(m => m.QstrsAdded))).Append(" qstrs added\n");
        if (report.RomfsImageBytes is { } image)
        {
            o.Append("\nromfs.img files (bytes in the image; qstrs interned in RAM on import):\n");
            foreach (var f in report.Romfs)
            {
                o.Append(string.Format(CultureInfo.InvariantCulture, "  {0,8} {1,6} {2,8}  {3}\n", f.FileBytes, f.QstrsAdded, f.QstrRamBytes, f.Path));
            }

            Packages(o, report.RomfsPackages);
            o.Append("  total romfs: ").Append(N(image)).Append(" bytes of image, ").Append(N(report.Romfs.Sum(f => f.QstrRamBytes))).Append(" bytes of RAM for ").Append(N(report.Romfs.Sum(f => f.QstrsAdded))).Append(" qstrs\n");
        }

        o.Append("\nflash used: ").Append(N(report.TotalFlashBytes)).Append(" bytes");
        if (report.FlashBudgetBytes is { } budget)
        {
            o.Append(" of a ").Append(N(budget)).Append("-byte budget").Append(report.OverBudget ? $" ({N(report.TotalFlashBytes - budget)} over)" : "");
        }

        return o.Append('\n').ToString();
    }

    private static void Packages(StringBuilder o, IReadOnlyList<PackageSize> packages)
    {
        o.Append("  per package:");
        foreach (var p in packages)
        {
            o.Append(' ').Append(p.Package.Length == 0 ? "(top level)" : p.Package).Append(' ').Append(N(p.FlashBytes));
        }

        o.Append('\n');
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}
