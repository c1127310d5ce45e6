using System.CommandLine;
using MicroPython.Bytecode.Targets;
using MicroPython.Freezer;
using MicroPython.Freezer.Pipeline;

namespace MicroPython.Cli;

/// <summary>
/// <c>mpy makemanifest</c>: a drop-in for MicroPython v1.28.0's <c>tools/makemanifest.py</c>
/// (<c>make MAKE_MANIFEST="mpy makemanifest"</c>), with no Python and no mpy-cross.
/// </summary>
internal static class MakeManifestCommand
{
    public static Command Create()
    {
        var output = new Option<string>("-o", "--output") { Description = "the frozen_content.c to write", Required = true };
        var build = new Option<string>("-b", "--build-dir") { Description = "the port's build directory (compiled modules are cached in BUILD/frozen_mpy)", Required = true };
        var vars = new Option<string[]>("-v", "--var") { Description = "a path variable NAME=VALUE for $(NAME) in manifests (repeatable)", AllowMultipleArgumentsPerToken = false };
        var crossFlags = new Option<string>("-f", "--mpy-cross-flags") { Description = "mpy-cross flags: -msmall-int-bits=N is used, -march=… is accepted", DefaultValueFactory = _ => "" };
        var toolFlags = new Option<string>("--mpy-tool-flags") { Description = "mpy-tool flags: -mlongint-impl none|longlong|mpz, -mmpz-dig-size N", DefaultValueFactory = _ => "" };
        var header = new Option<string?>("-q", "--qstr-header") { Description = "the firmware's qstr header (default BUILD/genhdr/qstrdefs.preprocessed.h)" };
        var manifests = new Argument<string[]>("manifests") { Description = "manifest.py files, or manifest code", Arity = ArgumentArity.OneOrMore };
        var command = new Command("makemanifest", "Freeze the modules of manifest.py files into frozen_content.c, as MicroPython's makemanifest.py does.")
        {
            output, build, vars, crossFlags, toolFlags, header, manifests,
        };
        command.SetAction(r => Run(
            r.GetValue(output)!,
            r.GetValue(build)!,
            r.GetValue(vars) ?? [],
            r.GetValue(crossFlags) ?? "",
            r.GetValue(toolFlags) ?? "",
            r.GetValue(header),
            r.GetValue(manifests) ?? []));
        return command;
    }

    private static int Run(string output, string build, string[] vars, string crossFlags, string toolFlags, string? header, string[] manifests)
    {
        try
        {
            var request = new MakeManifestRequest
            {
                Manifests = manifests,
                OutputPath = output,
                BuildDirectory = build,
                Variables = Variables(vars),
                Target = FreezeFlags.ParseToolFlags(toolFlags),
                QstrHeaderPath = header,
            };
            var result = ManifestFreezer.Run(request, new MicroPythonCompiler(FreezeFlags.ParseSmallIntBits(crossFlags)));
            Console.Out.Write(result.OutputWritten
                ? $"GEN {output} ({result.MpyModules} bytecode, {result.StrModules} source modules; {result.Compiled} compiled)\n"
                : $"{output} is up to date\n");
            return 0;
        }
        catch (FreezerException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    // As makemanifest: a value naming an existing path is made absolute.
    private static Dictionary<string, string> Variables(string[] vars)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var v in vars)
        {
            var eq = v.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new FreezerException(FreezerErrors.BadRequest, $"-v expects NAME=VALUE, got '{v}'");
            }

            var value = v[(eq + 1)..];
            result[v[..eq]] = File.Exists(value) || Directory.Exists(value) ? Path.GetFullPath(value) : value;
        }

        return result;
    }
}
