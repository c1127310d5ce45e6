using System.CommandLine;
using MicroPython.Cli;

var root = new RootCommand("mpy: MicroPython v1.28.0's build tools without Python: compile .py to .mpy (mpy-cross), list .mpy files, freeze modules into frozen_content.c (makemanifest.py, mpy-tool.py) and run code in a host VM. Run 'mpy COMMAND --help' for a command's options.")
{
    BoardsCommand.Create(),
    CompileCommand.Create(),
    DumpCommand.Create(),
    FreezeCommand.Create(),
    MakeManifestCommand.Create(),
    RomfsCommand.Create(),
    RunCommand.Create(),
};
HelpWiring.Apply(root, new Dictionary<string, string> { ["makemanifest"] = MakeManifestHelp.Text });

// `mpy run` reads its own command line, as micropython does: the program's arguments follow it verbatim.
if (args.Length > 0 && args[0] == "run")
{
    return RunCommand.Invoke(args[1..]);
}

return root.Parse(MpyCrossArguments.Normalize(args)).Invoke();
