using System.Diagnostics;
using System.Globalization;

namespace MicroPython.TestSupport;

/// <summary>
/// A <c>frozen_content.c</c> compiled with gcc as the reference unix port (standard variant) builds
/// it — its include paths, generated headers and <c>-DMPZ_DIG_SIZE=16</c> — and the object's symbol
/// and section sizes (<c>nm -S</c>, <c>size -A</c>).
/// </summary>
public sealed class UnixPortObject
{
    private UnixPortObject(IReadOnlyDictionary<string, long> symbols, IReadOnlyDictionary<string, long> sections)
    {
        Symbols = symbols;
        Sections = sections;
    }

    /// <summary>Each data symbol's size.</summary>
    public IReadOnlyDictionary<string, long> Symbols { get; }

    /// <summary>Each section's size.</summary>
    public IReadOnlyDictionary<string, long> Sections { get; }

    /// <summary>
    /// The bytes of the object's data: every symbol's own size plus the anonymous string literals
    /// (<c>.rodata.str*</c>), without the padding gcc puts between objects to align them.
    /// </summary>
    public long ObjectBytes => Symbols.Values.Sum() + Sections.Where(s => s.Key.StartsWith(".rodata.str", StringComparison.Ordinal)).Sum(s => s.Value);

    /// <summary>The bytes of the object's data sections (<c>.rodata*</c>, <c>.data*</c>), alignment padding included.</summary>
    public long SectionBytes => Sections.Where(s => s.Key.StartsWith(".rodata", StringComparison.Ordinal) || s.Key.StartsWith(".data", StringComparison.Ordinal)).Sum(s => s.Value);

    /// <summary>Compiles <paramref name="cFile"/> into a temporary object and measures it.</summary>
    public static UnixPortObject Compile(string cFile)
    {
        var tree = Paths.ReferenceTree;
        var dir = Directory.CreateTempSubdirectory("mpy-cobj-").FullName;
        try
        {
            var obj = Path.Combine(dir, "frozen_content.o");
            Run("gcc", "-c", "-Os", "-std=gnu99", "-I" + tree, "-I" + Path.Combine(tree, "ports", "unix"), "-I" + Path.Combine(tree, "ports", "unix", "build-standard"),
                "-I" + Path.Combine(tree, "ports", "unix", "variants", "standard"), "-DMPZ_DIG_SIZE=16", cFile, "-o", obj);
            var symbols = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var line in Run("nm", "-S", obj).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 4)
                {
                    symbols[parts[3]] = long.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                }
            }

            var sections = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var line in Run("size", "-A", obj).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 3 && parts[0].StartsWith('.') && long.TryParse(parts[1], out var size))
                {
                    sections[parts[0]] = size;
                }
            }

            return new UnixPortObject(symbols, sections);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string Run(string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            psi.ArgumentList.Add(arg);
        }

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(program + " did not finish");
        }

        return process.ExitCode == 0 ? stdout.Result : throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {stderr.Result}");
    }
}
