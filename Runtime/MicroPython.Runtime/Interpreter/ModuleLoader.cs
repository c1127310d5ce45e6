using MicroPython.Bytecode;
using MicroPython.Bytecode.Constants;
using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime.Interpreter;

/// <summary>Turns an <see cref="MpyModule"/> into live objects and runs its body.</summary>
internal static class ModuleLoader
{
    public static object ConstantOf(MpyConstant c) => c switch
    {
        MpyStr s => s.Value,
        MpyBytes b => new PyBytes(b.Value),
        MpyInt i => Ints.Norm(i.Value),
        MpyFloat f => FloatPolicy.Round(f.Value),
        MpyComplex z => new PyComplex(z.Real, z.Imag),
        MpyTuple t => new PyTuple([.. t.Items.Select(ConstantOf)]),
        MpySingleton s when s == MpySingleton.True => true,
        MpySingleton s when s == MpySingleton.False => false,
        MpySingleton s when s == MpySingleton.Ellipsis => PySingleton.Ellipsis,
        _ => PySingleton.None,
    };

    /// <summary>Runs <paramref name="mpy"/> as module <paramref name="name"/>, registering it before its body runs (so cycles see it).</summary>
    public static PyModule Execute(VmContext ctx, MpyModule mpy, string name, string? path = null)
    {
        var globals = new PyDict();
        globals["__name__"] = name;
        if (path is not null)
        {
            globals["__file__"] = path;
        }

        var module = new PyModule(name, globals);
        ctx.Modules[name] = module;
        try
        {
            Run(mpy, globals, null, path);
        }
        catch
        {
            ctx.Modules.Remove(name);
            throw;
        }

        return module;
    }

    /// <summary>Makes a module's live constants and decodes and verifies all its code, ready to run with <paramref name="globals"/>.</summary>
    /// <exception cref="MpyFormatException">The module's bytecode is invalid.</exception>
    public static CodeObject Load(MpyModule mpy, PyDict globals, string? path)
    {
        // Interned, so that one name is one string object in every module: inline caches compare names by reference.
        var context = new ModuleContext(mpy, [.. mpy.Qstrs.Select(q => string.Intern(q.Text))], [.. mpy.Constants.Select(ConstantOf)], globals);
        return CodeDecoder.Decode(mpy.Root, context, path);
    }

    /// <summary>Runs a module's body with the given globals (also its locals), after decoding and verifying its code.</summary>
    /// <exception cref="MpyFormatException">The module's bytecode is invalid (<paramref name="path"/> names it in the message).</exception>
    public static object Run(MpyModule mpy, PyDict globals, PyDict? locals = null, string? path = null)
    {
        var root = Load(mpy, globals, path);
        var frame = new Frame(root, root.Module, globals, locals ?? globals);
        Executor.Run(frame, out var result);
        return result;
    }
}
