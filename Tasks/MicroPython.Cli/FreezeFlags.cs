using System.Globalization;
using MicroPython.Bytecode;
using MicroPython.Bytecode.Targets;
using MicroPython.Freezer;

namespace MicroPython.Cli;

/// <summary>The target flags of mpy-tool and mpy-cross, given as one string as the port Makefiles pass them.</summary>
internal static class FreezeFlags
{
    /// <summary>Reads <c>-mlongint-impl X</c> / <c>-mlongint-impl=X</c> and <c>-mmpz-dig-size N</c>.</summary>
    public static FreezeTarget ParseToolFlags(string flags)
    {
        var target = FreezeTarget.Default;
        var tokens = Split(flags);
        for (var i = 0; i < tokens.Count; i++)
        {
            var (name, value) = NameValue(tokens, ref i);
            target = name switch
            {
                "-mlongint-impl" => target with
                {
                    LongInt = value switch
                    {
                        "none" => LongIntImplementation.None,
                        "longlong" => LongIntImplementation.LongLong,
                        "mpz" => LongIntImplementation.Mpz,
                        _ => throw Bad($"-mlongint-impl must be none, longlong or mpz, not '{value}'"),
                    },
                },
                "-mmpz-dig-size" => target with { MpzDigitSize = Int(name, value) },
                _ => throw Bad($"unknown mpy-tool flag '{tokens[i]}' (supported: -mlongint-impl, -mmpz-dig-size)"),
            };
        }

        return target;
    }

    /// <summary>Reads <c>-msmall-int-bits=N</c> from mpy-cross flags; <c>-march…</c> and <c>-X …</c> have no effect on bytecode.</summary>
    public static int ParseSmallIntBits(string flags)
    {
        int bits = MpyHeader.DefaultSmallIntBits;
        var tokens = Split(flags);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.StartsWith("-march", StringComparison.Ordinal))
            {
                continue;
            }

            if (t == "-X")
            {
                i++;
                continue;
            }

            var (name, value) = NameValue(tokens, ref i);
            bits = name == "-msmall-int-bits" ? Int(name, value) : throw Bad($"unsupported mpy-cross flag '{t}' (supported: -msmall-int-bits, -march, -X)");
            if (bits is < 2 or > 63)
            {
                throw Bad($"-msmall-int-bits must be from 2 to 63, not {bits}");
            }

        }

        return bits;
    }

    private static List<string> Split(string flags) => flags.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).ToList();

    private static (string Name, string Value) NameValue(List<string> tokens, ref int i)
    {
        var t = tokens[i];
        var eq = t.IndexOf('=', StringComparison.Ordinal);
        if (eq > 0)
        {
            return (t[..eq], t[(eq + 1)..]);
        }

        if (i + 1 >= tokens.Count)
        {
            throw Bad($"the flag '{t}' needs a value");
        }

        return (t, tokens[++i]);
    }

    private static int Int(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw Bad($"{name} expects a number, not '{value}'");

    private static FreezerException Bad(string message) => new(FreezerErrors.BadRequest, message);
}
