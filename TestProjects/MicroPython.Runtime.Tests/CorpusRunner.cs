using MicroPython.Bytecode;
using MicroPython.TestSupport;

namespace MicroPython.Runtime.Tests;

/// <summary>Runs a corpus program's reference bytecode as the main module and captures what it prints.</summary>
internal static class CorpusRunner
{
    public static (string Output, RunOutcome Outcome) Run(string name, string variant = "O0")
    {
        var moduleDir = Paths.CorpusDir("mpy", variant);
        var vm = new MicroPythonVm(new VmOptions { SmallIntBits = variant == "int63" ? 63 : 31 }) { Compiler = new CompilerAdapter() };
        vm.SearchPath.Add(moduleDir);
        var output = new StringWriter { NewLine = "\n" };
        var outcome = vm.Run(MpyReader.ReadFile(Path.Combine(moduleDir, name + ".mpy")), output);
        return (output.ToString(), outcome);
    }

    public static string Expected(string name) => File.ReadAllText(Paths.CorpusDir("py", name + ".exp"));

    /// <summary>Programs with a reference output (compile-only programs have none).</summary>
    public static IEnumerable<string> Runnable() =>
        Directory.GetFiles(Paths.CorpusDir("py"), "*.exp").Select(p => Path.GetFileNameWithoutExtension(p)!).Order(StringComparer.Ordinal);

    /// <summary>The committed list of programs whose output must match exactly.</summary>
    public static IReadOnlyList<string> Passing() =>
        [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "passing-programs.txt")).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
}
