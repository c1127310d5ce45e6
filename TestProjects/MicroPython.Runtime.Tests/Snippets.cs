using MicroPython.Bytecode;

namespace MicroPython.Runtime.Tests;

/// <summary>Compiles and runs small programs for the unit tests.</summary>
internal static class Snippets
{
    public static MpyModule Compile(string source, string name = "t.py") => new CompilerAdapter().Compile(source, name);

    public static (string Output, RunOutcome Outcome) Run(string source, Action<MicroPythonVm>? setup = null) => Run(source, new VmOptions(), setup);

    public static (string Output, RunOutcome Outcome) Run(string source, VmOptions options, Action<MicroPythonVm>? setup = null)
    {
        var vm = new MicroPythonVm(options) { Compiler = new CompilerAdapter() };
        setup?.Invoke(vm);
        var output = new StringWriter { NewLine = "\n" };
        var outcome = vm.Run(Compile(source), output);
        return (output.ToString(), outcome);
    }
}
