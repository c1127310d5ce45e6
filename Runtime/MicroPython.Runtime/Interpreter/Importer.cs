using MicroPython.Bytecode;
using MicroPython.Runtime.Builtins;
using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime.Interpreter;

/// <summary>The import statement: built-in modules, then packages, <c>.py</c> and <c>.mpy</c> files along <c>sys.path</c> (the frozen image at <c>.frozen</c>).</summary>
internal static class Importer
{
    public static object ImportName(VmContext ctx, string name, object fromList, int level, PyDict globals)
    {
        var full = name;
        if (level > 0)
        {
            var current = globals.Table.Get("__name__") as string ?? "";
            var isPackage = globals.Table.Get("__path__") is not null;
            var parts = current.Split('.').ToList();
            var drop = isPackage ? level - 1 : level;
            if (drop >= parts.Count)
            {
                throw Err.Make(Types.ImportError, "can't perform relative import");
            }

            var basePkg = string.Join('.', parts.Take(parts.Count - drop));
            full = name.Length == 0 ? basePkg : (basePkg.Length == 0 ? name : basePkg + "." + name);
        }

        var segments = full.Split('.');
        PyModule? top = null;
        PyModule? leaf = null;
        for (var i = 0; i < segments.Length; i++)
        {
            var sub = string.Join('.', segments.Take(i + 1));
            var parent = leaf;
            leaf = Load(ctx, sub, parent) ?? throw Err.Make(Types.ImportError, $"no module named '{sub}'");
            if (parent is not null && parent.Globals.Table.Get(segments[i]) is null)
            {
                parent.Globals[segments[i]] = leaf;
            }

            top ??= leaf;
        }

        var wantsLeaf = fromList != Ops.None && !(fromList is PyTuple { Items.Length: 0 });
        return wantsLeaf || level > 0 && name.Length == 0 ? leaf! : top!;
    }

    /// <summary>
    /// Imports <paramref name="name"/> for <c>micropython -m</c>: its packages as usual, the module
    /// itself as <c>__main__</c>.
    /// </summary>
    public static PyModule ImportMain(VmContext ctx, string name)
    {
        var dot = name.LastIndexOf('.');
        PyModule? parent = null;
        if (dot > 0)
        {
            parent = (PyModule)ImportName(ctx, name[..dot], new PyTuple(["*"]), 0, new PyDict());
        }

        return Load(ctx, name, parent, "__main__") ?? throw Err.Make(Types.ImportError, $"no module named '{name}'");
    }

    /// <summary>Runs a frozen script (a board's frozen <c>boot.py</c> or <c>main.py</c>) as the main module.</summary>
    public static void RunFrozenAsMain(VmContext ctx, FrozenModule script)
    {
        var globals = new PyDict();
        globals["__name__"] = "__main__";
        globals["__file__"] = script.Path;
        ModuleLoader.Run(CompiledForm(script), globals);
    }

    // A module is found by the first sys.path entry (for a submodule: its package's __path__) that
    // has it as a folder, NAME.py or NAME.mpy, in that order (py/builtinimport.c:97-109).
    private static PyModule? Load(VmContext ctx, string fullName, PyModule? parent, string? runAs = null)
    {
        if (runAs is null && ctx.Modules.TryGetValue(fullName, out var existing))
        {
            return existing;
        }

        if (parent is null && NativeModules.Create(ctx, fullName) is { } native)
        {
            ctx.Modules[fullName] = native;
            return native;
        }

        var leafName = fullName[(fullName.LastIndexOf('.') + 1)..];
        IEnumerable<string> places = parent is null
            ? [.. ctx.SysPath.Items.OfType<string>()]
            : parent.Globals.Table.Get("__path__") is string packagePath ? [packagePath] : [];
        foreach (var place in places)
        {
            var path = place.Length == 0 ? leafName : place + "/" + leafName;
            if (ModuleSource.IsFolder(ctx, path))
            {
                // A package keeps its name even under -m, which then runs its __main__ submodule.
                var init = ModuleSource.FileOf(ctx, path + "/__init__");
                return Register(ctx, fullName, null, init, packagePath: path);
            }

            if (ModuleSource.FileOf(ctx, path) is { } file)
            {
                return Register(ctx, fullName, runAs, file, packagePath: null);
            }
        }

        return null;
    }

    private static PyModule Register(VmContext ctx, string fullName, string? runAs, ModuleSource? file, string? packagePath)
    {
        var globals = new PyDict();
        globals["__name__"] = runAs ?? fullName;
        if (packagePath is not null)
        {
            globals["__path__"] = packagePath;
        }

        var module = new PyModule(runAs ?? fullName, globals);
        if (file is null)
        {
            // A folder without __init__: a namespace package.
            ctx.Modules[fullName] = module;
            return module;
        }

        globals["__file__"] = file.Path;
        var mpy = file.Compile(ctx);
        ctx.Modules[fullName] = module;
        try
        {
            ModuleLoader.Run(mpy, globals, null, file.Path);
        }
        catch
        {
            ctx.Modules.Remove(fullName);
            throw;
        }

        return module;
    }

    /// <summary>A frozen module's bytecode: as frozen, or compiled from its frozen text as the firmware does on import.</summary>
    public static MpyModule CompiledForm(FrozenModule frozen) =>
        frozen.Compiled ?? BuiltinFunctions.Compile(frozen.Source!, frozen.Path, isEval: false).Module;

    public static object ImportFrom(VmContext ctx, object module, string name)
    {
        if (Attr.TryGet(module, name) is { } v)
        {
            return v;
        }

        if (module is PyModule m && Load(ctx, m.Name + "." + name, m) is { } sub)
        {
            return sub;
        }

        throw Err.Make(Types.ImportError, $"can't import name {name}");
    }

    public static void ImportStar(object module, PyDict target)
    {
        if (module is not PyModule m)
        {
            return;
        }

        foreach (var e in m.Globals.Table.Snapshot())
        {
            if (e.Key is string k && !k.StartsWith('_'))
            {
                target[k] = e.Value;
            }
        }
    }
}
