namespace MicroPython.Cli;

/// <summary>What <c>mpy run</c> runs.</summary>
internal enum RunMode
{
    /// <summary>A file: <c>mpy run FILE.py|FILE.mpy [ARGS]</c>.</summary>
    File,

    /// <summary>A command: <c>mpy run -c CODE [ARGS]</c>.</summary>
    Command,

    /// <summary>A module by name: <c>mpy run -m MODULE [ARGS]</c>.</summary>
    Module,

    /// <summary>The program read from standard input (<c>-</c>, or no program with input redirected).</summary>
    Stdin,

    /// <summary>A board's image booted as the firmware does: <c>mpy run --image image.json</c>.</summary>
    Image,
}

/// <summary>
/// The command line of <c>mpy run</c>: the unix port's <c>micropython</c> options
/// (ports/unix/main.c:280-420), and the runner's own <c>--target</c>, <c>--image</c> and
/// <c>--path</c>. Everything after the program (the file, <c>-c CODE</c>, <c>-m MODULE</c>) is the
/// program's <c>sys.argv</c>.
/// </summary>
internal sealed record RunArguments(RunMode Mode, string Program, IReadOnlyList<string> Argv)
{
    /// <summary>The text the unix port prints for a bad command line (ports/unix/main.c:321).</summary>
    public const string InvalidMessage = "Invalid command line arguments. Use -h option for help.";

    /// <summary>The board to emulate (a name from the SDK's targets), or null for the unix port.</summary>
    public string? Target { get; init; }

    /// <summary><c>-X heapsize=</c> in bytes, or null for the board's heap.</summary>
    public long? HeapSize { get; init; }

    /// <summary>Folders added to <c>sys.path</c> after the unix port's entries.</summary>
    public IReadOnlyList<string> ExtraPaths { get; init; } = [];

    /// <summary>Whether <c>-h</c> or <c>--version</c> asked for text instead of a run.</summary>
    public string? Info { get; init; }

    /// <summary>Parses <paramref name="args"/> (what follows <c>mpy run</c>), or returns null for a bad command line.</summary>
    public static RunArguments? Parse(IReadOnlyList<string> args)
    {
        string? target = null;
        long? heap = null;
        var paths = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "-h" or "--help":
                    return new RunArguments(RunMode.File, "", []) { Info = "help" };
                case "--version":
                    return new RunArguments(RunMode.File, "", []) { Info = "version" };
                case "-c" or "-m":
                    if (i + 1 >= args.Count)
                    {
                        return null;
                    }

                    return arg == "-c"
                        ? new RunArguments(RunMode.Command, args[i + 1], ["-c", .. args.Skip(i + 2)]) { Target = target, HeapSize = heap, ExtraPaths = paths }
                        : new RunArguments(RunMode.Module, args[i + 1], [.. args.Skip(i + 1)]) { Target = target, HeapSize = heap, ExtraPaths = paths };
                case "-X":
                    if (i + 1 >= args.Count)
                    {
                        return null;
                    }

                    var option = args[++i];
                    if (option.StartsWith("heapsize=", StringComparison.Ordinal))
                    {
                        heap = HeapSizeOption.Parse(option["heapsize=".Length..]);
                        if (heap is null)
                        {
                            return null;
                        }
                    }
                    else if (option is not ("emit=bytecode" or "compile-only"))
                    {
                        return null;
                    }

                    break;
                case "--target" or "--image" or "--path":
                    if (i + 1 >= args.Count)
                    {
                        return null;
                    }

                    var value = args[++i];
                    if (arg == "--target")
                    {
                        target = value;
                    }
                    else if (arg == "--path")
                    {
                        paths.Add(value);
                    }
                    else
                    {
                        return new RunArguments(RunMode.Image, value, [.. args.Skip(i + 1)]) { Target = target, HeapSize = heap, ExtraPaths = paths };
                    }

                    break;
                case "-":
                    return new RunArguments(RunMode.Stdin, "<stdin>", [.. args.Skip(i + 1)]) { Target = target, HeapSize = heap, ExtraPaths = paths };
                default:
                    if (arg.StartsWith("-O", StringComparison.Ordinal) || arg == "-i")
                    {
                        break;
                    }

                    if (arg.StartsWith('-'))
                    {
                        return null;
                    }

                    return new RunArguments(RunMode.File, arg, [.. args.Skip(i)]) { Target = target, HeapSize = heap, ExtraPaths = paths };
            }
        }

        return new RunArguments(RunMode.Stdin, "<stdin>", []) { Target = target, HeapSize = heap, ExtraPaths = paths };
    }
}
