using System.CommandLine;
using MicroPython.Compiler;
using MicroPython.Freezer;

namespace MicroPython.Cli;

/// <summary>
/// <c>mpy compile</c>: in its drop-in form exactly mpy-cross's command line (one input, <c>-o</c>,
/// <c>-s</c>, <c>-O[N]</c>, <c>-msmall-int-bits=N</c>, <c>-</c> for stdin/stdout); with
/// <c>--out-dir</c> a batch compiler that builds many files in one process, in parallel.
/// </summary>
internal static class CompileCommand
{
    /// <summary>What <c>--version</c> prints; mpy-cross's own text plus who we are.</summary>
    public const string VersionText = "MicroPython v1.28.0; mpy-cross emitting mpy v6.3 (MicroPython.Sdk mpy)";

    /// <summary>What a malformed or out-of-range command line prints, as mpy-cross prints its usage.</summary>
    public const string UsageText =
        "usage: mpy compile [<opts>] [-X <implopt>] [--] <input filename>\n" +
        "Options:\n" +
        "--version : show version information\n" +
        "-o : output file for compiled bytecode (defaults to input filename with .mpy extension, or stdout if input is stdin)\n" +
        "-s : source filename to embed in the compiled bytecode (defaults to input file)\n" +
        "-O[N] : apply bytecode optimizations of level N\n" +
        "-msmall-int-bits=number : set the maximum bits used to encode a small-int (2 to 63)\n" +
        "--out-dir DIR [--source-root ROOT] : compile many files, each to DIR/<path under ROOT>.mpy\n";

    public static Command Create()
    {
        var inputs = new Argument<string[]>("files") { Description = "input filename: one .py file in the mpy-cross form ('-' reads stdin), any number with --out-dir", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("-o") { Description = "output file for compiled bytecode (defaults to input filename with .mpy extension, or stdout if input is stdin; '-' is stdout)", HelpName = "output" };
        var sourceName = new Option<string?>("-s") { Description = "source filename to embed in the compiled bytecode (defaults to input file)", HelpName = "name" };
        var optLevel = new Option<int>(MpyCrossArguments.OptLevelOption) { Description = "apply bytecode optimizations of level N, also written -ON as for mpy-cross (or -O, -OO, -OOO): 1 and up drop assert statements and set __debug__ to False, 3 drops line numbers", HelpName = "N" };
        var smallIntBits = new Option<string>("-msmall-int-bits") { Description = "set the maximum bits used to encode a small-int: 31 for 32-bit targets, 63 for 64-bit ones (the unix port); also written -msmall-int-bits=N", DefaultValueFactory = _ => "31", HelpName = "number" };
        var march = new Option<string?>("-march") { Description = "set architecture for native emitter; refused, as native code is not supported yet", HelpName = "arch" };
        var marchFlags = new Option<string?>("-march-flags") { Description = "set architecture-specific flags for the native emitter; refused, as native code is not supported yet", HelpName = "flags" };
        var implOptions = new Option<string[]>("-X") { Description = "implementation specific option: emit=bytecode (emit=native and emit=viper are refused), heapsize=N (accepted, no effect)", HelpName = "implopt" };
        var verbose = new Option<bool>("-v") { Description = "verbose; accepted for mpy-cross compatibility, prints nothing more" };
        var version = new Option<bool>("--version") { Description = "show version information: the MicroPython version and the .mpy format written" };
        var outDir = new Option<string?>("--out-dir") { Description = "batch form: compile every input in one process, in parallel, writing DIR/<path relative to the source root>.mpy; errors as path(line,col): error MPY1xxx", HelpName = "DIR" };
        var sourceRoot = new Option<string?>("--source-root") { Description = "batch form: the folder the embedded source names and output paths are relative to (default: the current folder)", HelpName = "ROOT" };

        var command = new Command("compile", "Compile MicroPython source to bytecode .mpy files, byte-identical to mpy-cross v1.28.0. With one input and the mpy-cross flags it is a drop-in for mpy-cross (same output, stderr and exit codes); with --out-dir it compiles many files in one process.")
        {
            inputs, output, sourceName, optLevel, smallIntBits, march, marchFlags, implOptions, verbose, version, outDir, sourceRoot,
        };

        command.SetAction(result =>
        {
            if (result.GetValue(version))
            {
                Console.Out.Write(VersionText + "\n");
                return 0;
            }

            var nativeReason = NativeRequest(result.GetValue(march), result.GetValue(marchFlags), result.GetValue(implOptions) ?? []);
            if (nativeReason is not null)
            {
                Console.Error.Write($"error {DiagnosticCodes.NativeNotSupported}: native code is not supported yet ({nativeReason}); only bytecode .mpy files can be made\n");
                return 1;
            }

            var level = result.GetValue(optLevel);
            if (!MpyCrossArguments.TryParseNumber(result.GetValue(smallIntBits) ?? "", out var bits) || bits is < 2 or > 63 || level < 0)
            {
                // mpy-cross answers a malformed value with its usage and exit code 1; a value out of
                // range gets the same here rather than a file no firmware can load.
                Console.Out.Write(UsageText);
                return 1;
            }

            var options = new CompilerOptions { OptimizationLevel = level, SmallIntBits = (int)bits };
            var files = result.GetValue(inputs) ?? [];
            var dir = result.GetValue(outDir);
            return dir is null
                ? DropInCompile.Run(files, result.GetValue(output), result.GetValue(sourceName), options)
                : BatchCompile.Run(files, dir, result.GetValue(sourceRoot) ?? Directory.GetCurrentDirectory(), options);
        });
        return command;
    }

    private static string? NativeRequest(string? march, string? marchFlags, string[] implOptions)
    {
        if (march is not null)
        {
            return $"-march={march}";
        }

        if (marchFlags is not null)
        {
            return $"-march-flags={marchFlags}";
        }

        return implOptions.FirstOrDefault(o => o is "emit=native" or "emit=viper") is { } emit ? $"-X {emit}" : null;
    }
}
