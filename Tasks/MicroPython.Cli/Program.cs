using System.CommandLine;
using MicroPython.Cli;

var root = new RootCommand("mpy: MicroPython's build tools for .NET — compile, inspect, freeze and run MicroPython code.")
{
    CompileCommand.Create(),
    DumpCommand.Create(),
    FreezeCommand.Create(),
    MakeManifestCommand.Create(),
    RomfsCommand.Create(),
    RunCommand.Create(),
};

return root.Parse(MpyCrossArguments.Normalize(args)).Invoke();
