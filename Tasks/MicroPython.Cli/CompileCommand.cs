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

    public static Command Create()
    {
        var inputs = new Argument<string[]>("files") { Description = ".py files to compile ('-' reads stdin)", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("-o") { Description = "output file (drop-in form; '-' writes to stdout)" };
        var sourceName = new Option<string?>("-s") { Description = "source name stored in the .mpy (drop-in form)" };
        var optLevel = new Option<int>(MpyCrossArguments.OptLevelOption) { Description = "optimisation level, also written -O[N] or -O, -OO, …: 1+ drops asserts, 3 drops line numbers" };
        var smallIntBits = new Option<int>("-msmall-int-bits") { Description = "small-int width of the target (31 default, 63 for 64-bit targets)", DefaultValueFactory = _ => 31 };
        var march = new Option<string?>("-march") { Description = "native architecture (native code is not supported yet)" };
        var marchFlags = new Option<string?>("-march-flags") { Description = "native architecture flags (native code is not supported yet)" };
        var implOptions = new Option<string[]>("-X") { Description = "implementation option: emit=bytecode|native|viper, heapsize=N" };
        var verbose = new Option<bool>("-v") { Description = "accepted for mpy-cross compatibility" };
        var version = new Option<bool>("--version") { Description = "print the version of the compiler and the .mpy format it writes" };
        var outDir = new Option<string?>("--out-dir") { Description = "batch form: write DIR/<path relative to the source root>.mpy for each input" };
        var sourceRoot = new Option<string?>("--source-root") { Description = "batch form: the folder source names are relative to (default: the current folder)" };

        var command = new Command("compile", "Compile MicroPython source to .mpy, byte-identical to mpy-cross v1.28.0.")
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

            var options = new CompilerOptions { OptimizationLevel = result.GetValue(optLevel), SmallIntBits = result.GetValue(smallIntBits) };
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
