using MicroPython.Freezer;

namespace MicroPython.Cli;

/// <summary>
/// makemanifest.py's command line, read the way Python's argparse reads it — the port Makefiles
/// rely on forms a generic parser rejects: values glued to short flags (<c>-f"-march=armv7m"</c>),
/// values starting with <c>-</c>, and empty values (<c>--mpy-tool-flags=""</c>).
/// </summary>
internal sealed class MakeManifestArguments
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["-o"] = "output", ["--output"] = "output",
        ["-b"] = "build", ["--build-dir"] = "build",
        ["-v"] = "var", ["--var"] = "var",
        ["-f"] = "cross", ["--mpy-cross-flags"] = "cross",
        ["--mpy-tool-flags"] = "tool",
        ["-q"] = "header", ["--qstr-header"] = "header",
    };

    public string? Output { get; private set; }

    public string? Build { get; private set; }

    public List<string> Vars { get; } = [];

    public string CrossFlags { get; private set; } = "";

    public string ToolFlags { get; private set; } = "";

    public string? Header { get; private set; }

    public List<string> Manifests { get; } = [];

    public static MakeManifestArguments Parse(IReadOnlyList<string> tokens)
    {
        var a = new MakeManifestArguments();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Length < 2 || t[0] != '-')
            {
                a.Manifests.Add(t);
                continue;
            }

            string name;
            string value;
            var eq = t.IndexOf('=', StringComparison.Ordinal);
            if (t.StartsWith("--", StringComparison.Ordinal) && eq > 0)
            {
                (name, value) = (t[..eq], t[(eq + 1)..]);
            }
            else if (!t.StartsWith("--", StringComparison.Ordinal) && t.Length > 2)
            {
                (name, value) = (t[..2], t[2..]);
            }
            else
            {
                name = t;
                value = i + 1 < tokens.Count ? tokens[++i] : throw new FreezerException(FreezerErrors.BadRequest, $"{t} needs a value");
            }

            switch (Aliases.GetValueOrDefault(name))
            {
                case "output": a.Output = value; break;
                case "build": a.Build = value; break;
                case "var": a.Vars.Add(value); break;
                case "cross": a.CrossFlags = value; break;
                case "tool": a.ToolFlags = value; break;
                case "header": a.Header = value; break;
                default: throw new FreezerException(FreezerErrors.BadRequest, $"unknown option '{name}' (see mpy makemanifest --help)");
            }
        }

        if (a.Output is null || a.Build is null || a.Manifests.Count == 0)
        {
            throw new FreezerException(FreezerErrors.BadRequest, "usage: mpy makemanifest -o OUTPUT -b BUILD_DIR [-v NAME=VALUE]... [-f MPY_CROSS_FLAGS] [--mpy-tool-flags FLAGS] [-q QSTR_HEADER] MANIFEST...");
        }

        return a;
    }
}
