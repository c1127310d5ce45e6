using System.CommandLine;
using MicroPython.Bytecode.Romfs;
using MicroPython.Freezer;
using MicroPython.Freezer.Pipeline;
using MicroPython.Freezer.Romfs;

namespace MicroPython.Cli;

/// <summary>
/// <c>mpy romfs build DIR [-o IMAGE] [--no-mpy]</c>: the image v1.28.0 <c>mpremote romfs build</c>
/// makes of a folder, byte for byte; <c>mpy romfs ls IMAGE</c>: an image's tree with sizes.
/// </summary>
internal static class RomfsCommand
{
    public static Command Create() => new("romfs", "Build and list ROMFS images (vfs.VfsRom), as mpremote romfs does.")
    {
        Build(),
        List(),
    };

    private static Command Build()
    {
        var directory = new Argument<string>("dir") { Description = "the folder to put in the image" };
        var output = new Option<string?>("-o", "--output") { Description = "the image to write (default: DIR.romfs, as mpremote)" };
        var noMpy = new Option<bool>("--no-mpy") { Description = "keep .py files as source instead of compiling them to .mpy (mpremote --no-mpy)" };
        var command = new Command("build", "Build a ROMFS image of a folder, byte-identical to mpremote romfs build: .py files compiled to .mpy as mpy-cross does with no options.")
        {
            directory, output, noMpy,
        };
        command.SetAction(r => RunBuild(r.GetValue(directory)!, r.GetValue(output), r.GetValue(noMpy)));
        return command;
    }

    private static Command List()
    {
        var image = new Argument<string>("image") { Description = "the ROMFS image to list" };
        var command = new Command("ls", "List a ROMFS image's folders and files with their sizes.") { image };
        command.SetAction(r => RunList(r.GetValue(image)!));
        return command;
    }

    private static int RunBuild(string directory, string? output, bool noMpy)
    {
        if (!Directory.Exists(directory))
        {
            Console.Error.WriteLine($"{directory}: error {DiagnosticCodes.FileNotReadable}: no such folder");
            return 1;
        }

        // mpremote names the default image after the folder as typed: DIR + ".romfs".
        var path = output ?? directory.TrimEnd('/', '\\') + ".romfs";
        try
        {
            var tree = RomfsSourceTree.Read(directory, directory, noMpy ? null : new MicroPythonCompiler());
            var size = RomfsWriter.WriteFile(tree, path);
            Console.WriteLine($"Writing {size} bytes to output file {path}");
            return 0;
        }
        catch (FreezerException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{directory}: error {DiagnosticCodes.FileNotReadable}: {e.Message}");
            return 1;
        }
    }

    private static int RunList(string path)
    {
        RomfsImage image;
        try
        {
            image = RomfsImage.ReadFile(path);
        }
        catch (RomfsFormatException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{path}: error {DiagnosticCodes.FileNotReadable}: {e.Message}");
            return 1;
        }

        var text = new System.Text.StringBuilder();
        text.Append($"/ ({image.End} bytes)\n");
        ListEntries(image.Root, "", text);
        Console.Out.Write(text.ToString());
        return 0;
    }

    // The tree drawing mpremote prints while it builds an image.
    private static void ListEntries(RomfsDirectory directory, string prefix, System.Text.StringBuilder text)
    {
        for (var i = 0; i < directory.Entries.Count; i++)
        {
            var last = i == directory.Entries.Count - 1;
            var entry = directory.Entries[i];
            text.Append(prefix).Append(last ? "\\-- " : "|-- ");
            if (entry is RomfsDirectory sub)
            {
                text.Append(sub.Name).Append("/\n");
                ListEntries(sub, prefix + (last ? "    " : "|   "), text);
            }
            else
            {
                var file = (RomfsFile)entry;
                text.Append($"{file.Name} ({file.Length} bytes)\n");
            }
        }
    }
}
