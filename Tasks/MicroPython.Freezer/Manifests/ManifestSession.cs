using MicroPython.Bytecode.Files;
using MicroPython.Freezer.CSource;

namespace MicroPython.Freezer.Manifests;

/// <summary>
/// The state of one evaluation, shared by every manifest it runs: path variables, the package
/// metadata levels, registered libraries, manifests already run, and the files selected so far.
/// Implements the manifest functions of MicroPython v1.28's <c>manifestfile.py</c> (freeze mode).
/// </summary>
internal sealed class ManifestSession
{
    private static readonly string[] BaseLibraries = ["micropython", "python-stdlib", "python-ecosys"];
    private static readonly string[] PyOnly = [".py"];
    private static readonly string[] PyOrMpy = [".py", ".mpy"];
    private static readonly string[] MpyOnly = [".mpy"];

    private readonly IReadOnlyDictionary<string, string> variables;
    private readonly List<ManifestEntry> entries = [];
    private readonly List<(int Index, PackageMetadata Metadata)> entryMetadata = [];
    private readonly HashSet<string> visited = new(StringComparer.Ordinal);
    private readonly List<string> running = [];
    private readonly List<string> manifestFiles = [];
    private readonly Stack<PackageMetadata> metadata = new();
    private readonly Dictionary<string, string> libraries = new(StringComparer.Ordinal);
    private readonly List<string> libraryDirs = [];

    // Where relative paths resolve: the directory of the manifest being run.
    private string currentDir;
    private string currentFile = "<command line>";
    private ManifestInterpreter? interpreter;

    public ManifestSession(IReadOnlyDictionary<string, string> variables, string workingDirectory)
    {
        this.variables = variables;
        currentDir = workingDirectory;
        metadata.Push(new PackageMetadata());
        if (variables.TryGetValue("MPY_LIB_DIR", out var lib) && !string.IsNullOrEmpty(lib))
        {
            foreach (var name in BaseLibraries)
            {
                AddLibrary(name, "$(MPY_LIB_DIR)/" + name, prepend: false);
            }
        }
    }

    public ManifestEvaluation Result()
    {
        var resolved = entries.ToArray();
        foreach (var (index, meta) in entryMetadata)
        {
            resolved[index] = resolved[index] with { Version = meta.Version };
        }

        return new ManifestEvaluation(resolved, manifestFiles.ToArray());
    }

    /// <summary>Runs a manifest file, as the top level or through <c>include()</c>.</summary>
    public void Include(string path, IReadOnlyDictionary<string, object?> kwargs, bool isRequire)
    {
        var full = Resolve(path);
        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "manifest.py");
        }

        if (running.Contains(full, StringComparer.Ordinal))
        {
            throw new ManifestCallException($"the manifest {full} includes itself (through {string.Join(" -> ", running.SkipWhile(r => r != full).Select(Path.GetFileName))})", FreezerErrors.IncludeCycle);
        }

        // Like the reference, a manifest included a second time (not in a cycle) is skipped.
        if (!visited.Add(full))
        {
            return;
        }

        if (!File.Exists(full))
        {
            throw new ManifestCallException($"the manifest {full} does not exist", FreezerErrors.MissingFile);
        }

        string text;
        try
        {
            text = InputFile.ReadAllText(full, InputLimits.Manifest, "manifest");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ManifestCallException($"cannot read the manifest: {e.Message}", FreezerErrors.MissingFile);
        }

        manifestFiles.Add(full);
        if (isRequire)
        {
            metadata.Push(new PackageMetadata());
        }

        var (savedDir, savedFile, savedInterpreter) = (currentDir, currentFile, interpreter);
        running.Add(full);
        try
        {
            currentDir = Path.GetDirectoryName(full)!;
            currentFile = full;
            interpreter = new ManifestInterpreter(full, Functions(), new IncludeOptions(kwargs));
            interpreter.Run(text);
        }
        finally
        {
            running.RemoveAt(running.Count - 1);
            (currentDir, currentFile, interpreter) = (savedDir, savedFile, savedInterpreter);
        }

        if (isRequire)
        {
            metadata.Pop();
        }
    }

    /// <summary>Runs manifest code given as text (a makemanifest argument not ending in <c>.py</c>).</summary>
    public void RunCode(string code)
    {
        var saved = interpreter;
        interpreter = new ManifestInterpreter(currentFile, Functions(), new IncludeOptions(new Dictionary<string, object?>()));
        try
        {
            interpreter.Run(code);
        }
        finally
        {
            interpreter = saved;
        }
    }

    private Dictionary<string, Func<CallArguments, object?>> Functions() => new(StringComparer.Ordinal)
    {
        ["metadata"] = a =>
        {
            metadata.Peek().Update(a);
            return null;
        },
        ["include"] = a =>
        {
            var kwargs = new Dictionary<string, object?>(StringComparer.Ordinal);
            var v = a.Bind("include", ["manifest_path", "is_require"], 1, kwargs);
            foreach (var p in StringOrList(v[0], "include", "manifest_path"))
            {
                Include(p, kwargs, ManifestInterpreter.Truthy(v[1]));
            }

            return null;
        },
        ["require"] = a =>
        {
            var kwargs = new Dictionary<string, object?>(StringComparer.Ordinal);
            var v = a.Bind("require", ["name", "version", "pypi", "library"], 1, kwargs);
            Require(Str(v[0], "require", "name"), OptionalStr(v[3], "require", "library"), kwargs);
            return null;
        },
        ["add_library"] = a =>
        {
            var v = a.Bind("add_library", ["library", "library_path", "prepend"], 2);
            AddLibrary(Str(v[0], "add_library", "library"), Str(v[1], "add_library", "library_path"), ManifestInterpreter.Truthy(v[2]));
            return null;
        },
        ["package"] = a =>
        {
            var v = a.Bind("package", ["package_path", "files", "base_path", "opt"], 1);
            var files = v[1] is null ? null : StringOrList(v[1], "package", "files");
            Search(OptionalStr(v[2], "package", "base_path") ?? ".", Str(v[0], "package", "package_path"), files, PyOnly, null, Opt(v[3]));
            return null;
        },
        ["module"] = a =>
        {
            var v = a.Bind("module", ["module_path", "base_path", "opt"], 1);
            var modulePath = Str(v[0], "module", "module_path");
            if (!Path.GetExtension(modulePath).Equals(".py", StringComparison.OrdinalIgnoreCase))
            {
                throw new ManifestCallException($"module must be .py file, not '{modulePath}'");
            }

            var basePath = Resolve(OptionalStr(v[1], "module", "base_path") ?? ".");
            AddFile(Path.Combine(basePath, modulePath), modulePath, null, Opt(v[2]));
            return null;
        },
        ["freeze"] = a => Freeze("freeze", a, PyOrMpy, null),
        ["freeze_as_mpy"] = a => Freeze("freeze_as_mpy", a, PyOnly, ManifestEntryKind.Compile),
        ["freeze_mpy"] = a => Freeze("freeze_mpy", a, MpyOnly, ManifestEntryKind.Bytecode),
        ["freeze_as_str"] = a =>
        {
            var v = a.Bind("freeze_as_str", ["path"], 1);
            Search(Str(v[0], "freeze_as_str", "path"), null, null, PyOnly, ManifestEntryKind.Source, null);
            return null;
        },
    };

    private object? Freeze(string function, CallArguments a, string[] exts, ManifestEntryKind? kind)
    {
        var v = a.Bind(function, ["path", "script", "opt"], 1);
        var path = Str(v[0], function, "path");
        var opt = Opt(v[2]);
        switch (v[1])
        {
            case null:
                Search(path, null, null, exts, kind, opt);
                break;
            case string script when Directory.Exists(Path.Combine(Resolve(path), script)):
                Search(path, script, null, exts, kind, opt);
                break;
            case string script:
                Search(path, null, [script], exts, kind, opt);
                break;
            default:
                Search(path, null, StringOrList(v[1], function, "script"), exts, kind, opt);
                break;
        }

        return null;
    }

    private void Require(string name, string? library, IReadOnlyDictionary<string, object?> kwargs)
    {
        if (library is not null)
        {
            if (!libraries.TryGetValue(library, out var libraryPath))
            {
                throw new ManifestCallException($"Unknown library '{library}' for require('{name}').", FreezerErrors.PackageNotFound);
            }

            if (!RequireFrom(libraryPath, name, kwargs))
            {
                throw new ManifestCallException($"Package '{name}' not found in external library '{library}' ({libraryPath}).", FreezerErrors.PackageNotFound);
            }

            return;
        }

        foreach (var dir in libraryDirs)
        {
            if (RequireFrom(dir, name, kwargs))
            {
                return;
            }
        }

        throw new ManifestCallException(
            libraryDirs.Count == 0
                ? $"Package '{name}' not found: no library is registered (set MPY_LIB_DIR to a micropython-lib checkout, or call add_library())."
                : $"Package '{name}' not found in any known library ({string.Join(", ", libraryDirs)}).",
            FreezerErrors.PackageNotFound);
    }

    private bool RequireFrom(string libraryPath, string name, IReadOnlyDictionary<string, object?> kwargs)
    {
        if (!Directory.Exists(libraryPath))
        {
            return false;
        }

        foreach (var dir in DirectoryWalk.Directories(libraryPath))
        {
            if (Path.GetFileName(dir) == name && File.Exists(Path.Combine(dir, "manifest.py")))
            {
                Include(dir, kwargs, isRequire: true);
                return true;
            }
        }

        return false;
    }

    private void AddLibrary(string name, string path, bool prepend)
    {
        var full = Resolve(path);
        libraries[name] = full;
        libraryDirs.Insert(prepend ? 0 : libraryDirs.Count, full);
    }

    private void Search(string basePath, string? packagePath, IReadOnlyList<string>? files, string[] exts, ManifestEntryKind? kind, int? opt)
    {
        var root = Resolve(basePath);
        if (files is not null)
        {
            foreach (var f in files)
            {
                var file = string.IsNullOrEmpty(packagePath) ? f : packagePath + "/" + f;
                AddFile(Path.Combine(root, file), file, kind, opt);
            }

            return;
        }

        var walkRoot = string.IsNullOrEmpty(packagePath) ? root : Path.Combine(root, packagePath);
        if (!Directory.Exists(walkRoot))
        {
            throw new ManifestCallException($"the directory {walkRoot} does not exist", FreezerErrors.MissingFile);
        }

        var prefix = string.IsNullOrEmpty(packagePath) ? "" : Normalize(packagePath) + "/";
        try
        {
            foreach (var rel in DirectoryWalk.Files(walkRoot))
            {
                if (exts.Contains(Path.GetExtension(rel).ToLowerInvariant()))
                {
                    AddFile(Path.Combine(walkRoot, rel), prefix + rel, kind, opt);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ManifestCallException($"cannot list the folder {walkRoot}: {e.Message}", FreezerErrors.MissingFile);
        }
    }

    private void AddFile(string fullPath, string targetPath, ManifestEntryKind? kind, int? opt)
    {
        RefuseNul(fullPath);
        var full = Path.GetFullPath(fullPath);
        switch (FileKinds.Of(full))
        {
            case FileKind.Missing:
                throw new ManifestCallException($"Cannot stat {full}: the file does not exist", FreezerErrors.MissingFile);
            case FileKind.Folder:
                throw new ManifestCallException($"cannot freeze {full}: it is a folder, not a file", FreezerErrors.MissingFile);
            case FileKind.Special:
                throw new ManifestCallException($"cannot freeze {full}: it is a device, pipe or socket, not a regular file", FreezerErrors.MissingFile);
        }

        var target = Normalize(targetPath);
        if (CText.HasControl(target))
        {
            throw new ManifestCallException($"the frozen name '{CText.Comment(target)}' holds a control character; a module name cannot", DiagnosticCodes.BadFrozenPath);
        }
        if (Path.IsPathRooted(target) || target == ".." || target.StartsWith("../", StringComparison.Ordinal))
        {
            throw new ManifestCallException($"the frozen name '{targetPath}' climbs out of its base directory; give a base path that contains the file", FreezerErrors.PathEscapesRoot);
        }

        var ext = Path.GetExtension(full).ToLowerInvariant();
        var resolved = kind ?? ext switch
        {
            ".py" => ManifestEntryKind.Compile,
            ".mpy" => ManifestEntryKind.Bytecode,
            _ => throw new ManifestCallException($"cannot freeze '{targetPath}': only .py and .mpy files can be frozen"),
        };

        entryMetadata.Add((entries.Count, metadata.Peek()));
        entries.Add(new ManifestEntry(full, target, resolved, opt, null, currentFile, interpreter?.Line ?? 0));
    }

    // Frozen names use '/' and no "." segments; ".." segments are folded where they can be.
    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[^1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        var joined = string.Join('/', parts);
        return path.StartsWith('/') ? "/" + joined : joined;
    }

    private string Resolve(string path)
    {
        foreach (var (name, value) in variables)
        {
            path = path.Replace("$(" + name + ")", value, StringComparison.Ordinal);
        }

        var start = path.IndexOf("$(", StringComparison.Ordinal);
        if (start >= 0)
        {
            var end = path.IndexOf(')', start);
            var name = end > start ? path[(start + 2)..end] : path[(start + 2)..];
            throw new ManifestCallException($"the path variable $({name}) is not defined (pass it with -v {name}=…)", FreezerErrors.UndefinedVariable);
        }

        RefuseNul(path);
        return Path.GetFullPath(path, currentDir);
    }

    // No file system has such a name, and .NET refuses to look one up.
    private static void RefuseNul(string path)
    {
        if (path.Contains('\0', StringComparison.Ordinal))
        {
            throw new ManifestCallException($"the path '{CText.Comment(path)}' holds a NUL character", FreezerErrors.MissingFile);
        }
    }

    private static int? Opt(object? value) => value switch
    {
        null => null,
        long n when n is >= 0 and <= 3 => (int)n,
        bool b => b ? 1 : 0,
        _ => throw new ManifestCallException($"opt must be an optimisation level 0 to 3, not {ManifestInterpreter.TypeName(value)} {value}"),
    };

    private static string Str(object? value, string function, string parameter) =>
        value as string ?? throw new ManifestCallException($"{function}() expects a string for '{parameter}', not {ManifestInterpreter.TypeName(value)}");

    private static string? OptionalStr(object? value, string function, string parameter) =>
        value is null ? null : Str(value, function, parameter);

    private static IReadOnlyList<string> StringOrList(object? value, string function, string parameter) => value switch
    {
        string s => [s],
        IEnumerable<object?> items => items.Select(i => Str(i, function, parameter)).ToList(),
        _ => throw new ManifestCallException($"{function}() expects a string or a list of strings for '{parameter}', not {ManifestInterpreter.TypeName(value)}"),
    };
}
