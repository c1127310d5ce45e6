using MicroPython.Bytecode.Opcodes;

namespace MicroPython.Runtime.Interpreter;

/// <summary>
/// One instruction of a code object, decoded once when the module is loaded: the interpreter loop
/// reads operands from here instead of decoding bytes on every execution.
/// </summary>
/// <remarks>
/// The one-byte forms are folded into their general opcode (small ints and constants are all
/// <see cref="Opcode.LoadConstObj"/> with the value made in advance, fast locals
/// <see cref="Opcode.LoadFastN"/>/<see cref="Opcode.StoreFastN"/>); unary and binary operators keep
/// <see cref="Opcode.UnaryOpMulti"/>/<see cref="Opcode.BinaryOpMulti"/> with the operator in
/// <see cref="Arg"/>. Jump targets are instruction indices.
/// </remarks>
internal struct Insn
{
    /// <summary>The opcode, folded as described on the type.</summary>
    public Opcode Op;

    /// <summary>The operand: a local slot, count, operator, child index or jump target index.</summary>
    public int Arg;

    /// <summary>The extra byte (closure size, unwind count), or the second half of a call's counts.</summary>
    public int Extra;

    /// <summary>The value a load pushes, or the name a name or attribute instruction uses.</summary>
    public object? Value;

    /// <summary>The instruction's inline cache: a <see cref="GlobalCache"/> or <see cref="AttrCache"/> for name and attribute instructions.</summary>
    public object? Cache;
}
