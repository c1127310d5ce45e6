using System.CommandLine;
using MicroPython.Cli;

var root = new RootCommand("mpy: MicroPython's build tools for .NET — compile, inspect, freeze and run MicroPython code.")
{
    CompileCommand.Create(),
    DumpCommand.Create(),
    FreezeCommand.Create(),
    MakeManifestCommand.Create(),
    RunCommand.Create(),
};

// `mpy run` reads its own command line, as micropython does: the program's arguments follow it verbatim.
if (args.Length > 0 && args[0] == "run")
{
    return RunCommand.Invoke(args[1..]);
}

return root.Parse(MpyCrossArguments.Normalize(args)).Invoke();
