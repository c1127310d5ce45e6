using MicroPython.Bytecode;
using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime.Interpreter;

/// <summary>
/// A function's code as the interpreter runs it: decoded and verified once per loaded module (see
/// <see cref="CodeDecoder"/>), shared by every function object and call made from it.
/// </summary>
internal sealed class CodeObject
{
    public CodeObject(RawCode raw, ModuleContext module, Insn[] code, int[] offsets, CodeObject[] children)
    {
        Raw = raw;
        Module = module;
        Code = code;
        Offsets = offsets;
        Children = children;
        Name = module.Qstrs[raw.Prelude.SimpleName];
        IsGenerator = (raw.Prelude.Flags & ScopeFlags.Generator) != 0;
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
}
