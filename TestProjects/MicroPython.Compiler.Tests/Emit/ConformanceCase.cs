using MicroPython.Compiler;
using MicroPython.TestSupport;

namespace MicroPython.Compiler.Tests.Emit;

/// <summary>One corpus program compiled with one of the reference's option sets.</summary>
internal static class ConformanceCase
{
    /// <summary>The option sets the corpus has references for: folder name and options.</summary>
    public static readonly IReadOnlyDictionary<string, CompilerOptions> Variants = new Dictionary<string, CompilerOptions>
    {
        ["O0"] = new CompilerOptions(),
        ["O3"] = new CompilerOptions { OptimizationLevel = 3 },
        ["int63"] = new CompilerOptions { SmallIntBits = 63 },
    };

    public static IEnumerable<object[]> All() =>
        from variant in Variants.Keys
        from path in Directory.EnumerateFiles(Paths.CorpusDir("py"), "*.py").Order(StringComparer.Ordinal)
        select new object[] { variant, Path.GetFileNameWithoutExtension(path) };

    public static string Key(string variant, string name) => variant + "/" + name;

    public static byte[] Expected(string variant, string name) =>
        File.ReadAllBytes(Paths.CorpusDir("mpy", variant, name + ".mpy"));

    public static byte[] Compile(string variant, string name) =>
        Bytecode.MpyWriter.Write(MpyCompiler.Compile(
            File.ReadAllText(Paths.CorpusDir("py", name + ".py")), name + ".py", Variants[variant]));

    /// <summary>The corpus cases known not to match yet, one <c>variant/NAME</c> a line.</summary>
    public static IReadOnlySet<string> KnownDifferences { get; } = File
        .ReadAllLines(Path.Combine(Paths.RepoRoot, "TestProjects", "MicroPython.Compiler.Tests", "Emit", "known-differences.txt"))
        .Select(l => l.Trim())
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .ToHashSet(StringComparer.Ordinal);
}
