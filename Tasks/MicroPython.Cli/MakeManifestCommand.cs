using System.CommandLine;
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
        // The arguments are read by MakeManifestArguments, as argparse reads them; this argument
        // only collects them and documents the forms.
        var arguments = new Argument<string[]>("arguments")
        {
            Description = "-o OUTPUT -b BUILD_DIR [-v NAME=VALUE]... [-f MPY_CROSS_FLAGS] [--mpy-tool-flags \"-mlongint-impl X -mmpz-dig-size N\"] [-q QSTR_HEADER (default BUILD_DIR/genhdr/qstrdefs.preprocessed.h)] MANIFEST.py... (or manifest code)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("makemanifest", "Freeze the modules of manifest.py files into frozen_content.c, as MicroPython's makemanifest.py does (a drop-in for it).")
        {
            arguments,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(r => Run([.. r.Tokens.SkipWhile(t => t.Value != command.Name).Skip(1).Select(t => t.Value)]));
        return command;
    }

    private static int Run(string[] tokens)
    {
        try
        {
            var a = MakeManifestArguments.Parse(tokens);
            var output = a.Output!;
            var request = new MakeManifestRequest
            {
                Manifests = a.Manifests,
                OutputPath = output,
                BuildDirectory = a.Build!,
                Variables = Variables(a.Vars),
                Target = FreezeFlags.ParseToolFlags(a.ToolFlags),
                QstrHeaderPath = a.Header,
            };
            var result = ManifestFreezer.Run(request, new MicroPythonCompiler(FreezeFlags.ParseSmallIntBits(a.CrossFlags)));
            Diagnostics.Print(result.Diagnostics);
            if (result.Failed)
            {
                return 1;
            }

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
    private static Dictionary<string, string> Variables(List<string> vars)
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
