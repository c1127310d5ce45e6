using MicroPython.Bytecode;
using MicroPython.Runtime.Builtins;
using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime.Interpreter;

/// <summary>The import statement: built-in modules, then <c>.mpy</c> (and, with a compiler, <c>.py</c>) files on the search path.</summary>
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

    private static PyModule? Load(VmContext ctx, string fullName, PyModule? parent)
    {
        if (ctx.Modules.TryGetValue(fullName, out var existing))
        {
            return existing;
        }

        if (parent is null && NativeModules.Create(ctx, fullName) is { } native)
        {
            ctx.Modules[fullName] = native;
            return native;
        }

        var rel = fullName.Replace('.', Path.DirectorySeparatorChar);
        foreach (var dir in ctx.SearchPath)
        {
            var pkgDir = Path.Combine(dir, rel);
            foreach (var (file, isPkg) in new[] { (pkgDir + ".mpy", false), (pkgDir + ".py", false), (Path.Combine(pkgDir, "__init__.mpy"), true), (Path.Combine(pkgDir, "__init__.py"), true) })
            {
                if (File.Exists(file))
                {
                    return LoadFile(ctx, fullName, file, isPkg, pkgDir);
                }
            }

            if (Directory.Exists(pkgDir))
            {
                var globals = new PyDict();
                globals["__name__"] = fullName;
                globals["__path__"] = pkgDir;
                var ns = new PyModule(fullName, globals);
                ctx.Modules[fullName] = ns;
                return ns;
            }
        }

        return null;
    }

    private static PyModule LoadFile(VmContext ctx, string fullName, string file, bool isPkg, string pkgDir)
    {
        MpyModule mpy;
        if (file.EndsWith(".py", StringComparison.Ordinal))
        {
            if (ctx.Compiler is null)
            {
                throw Err.Make(Types.ImportError, $"no module named '{fullName}'");
            }

            mpy = BuiltinFunctions.Compile(File.ReadAllText(file), Path.GetFileName(file), isEval: false).Module;
        }
        else
        {
            mpy = MpyReader.ReadFile(file);
        }

        var globals = new PyDict();
        globals["__name__"] = fullName;
        globals["__file__"] = file;
        if (isPkg)
        {
            globals["__path__"] = pkgDir;
        }

        var module = new PyModule(fullName, globals);
        ctx.Modules[fullName] = module;
        try
        {
            ModuleLoader.Run(mpy, globals, null, file);
        }
        catch
        {
            ctx.Modules.Remove(fullName);
            throw;
        }

        return module;
    }

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
