using MicroPython.Bytecode;
using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime.Interpreter;

/// <summary>
/// A function's code as the interpreter runs it: decoded and verified once per loaded module (see
/// <see cref="CodeDecoder"/>), shared by every function object and call made from it.
/// </summary>
internal sealed class CodeObject
{
    // Frames kept for the next calls: enough for a few levels of recursion.
    private const int PoolSize = 4;

    private readonly Frame[] pool = new Frame[PoolSize];
    private int pooled;

    public CodeObject(RawCode raw, ModuleContext module, Insn[] code, int[] offsets, CodeObject[] children)
    {
        Raw = raw;
        Module = module;
        Code = code;
        Offsets = offsets;
        Children = children;
        Name = module.Qstrs[raw.Prelude.SimpleName];
        IsGenerator = (raw.Prelude.Flags & ScopeFlags.Generator) != 0;
        var p = raw.Prelude;
        IsSimple = !IsGenerator && p.NKwOnlyArgs == 0 && (p.Flags & (ScopeFlags.VarArgs | ScopeFlags.VarKeywords)) == 0;
    }

    public RawCode Raw { get; }

    public BytecodePrelude Prelude => Raw.Prelude;

    public ModuleContext Module { get; }

    /// <summary>The instructions; jump operands index this array.</summary>
    public Insn[] Code { get; }

    /// <summary>Each instruction's byte offset in the raw code, for the line table.</summary>
    public int[] Offsets { get; }

    /// <summary>The code objects MAKE_FUNCTION and MAKE_CLOSURE create, by child index.</summary>
    public CodeObject[] Children { get; }

    public string Name { get; }

    public bool IsGenerator { get; }

    /// <summary>Whether a call binds positional arguments only (no *args, **kwargs, keyword-only parameters, generator): the fast call path.</summary>
    public bool IsSimple { get; }

    /// <summary>A frame for a call of a plain function: a pooled one when there is one.</summary>
    public Frame RentFrame() => pooled > 0 ? pool[--pooled] : new Frame(this, Module, Module.Globals, null);

    /// <summary>Takes back a frame whose call finished (a generator's frame never comes back).</summary>
    public void ReturnFrame(Frame frame)
    {
        if (pooled < PoolSize)
        {
            frame.Reset();
            pool[pooled++] = frame;
        }
    }
}
