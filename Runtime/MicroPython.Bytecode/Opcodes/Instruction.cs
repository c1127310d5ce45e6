namespace MicroPython.Bytecode.Opcodes;

/// <summary>One decoded instruction.</summary>
/// <param name="Offset">Its offset within the raw code's opcodes.</param>
/// <param name="Length">Its length in bytes, operand and extra byte included.</param>
/// <param name="Opcode">The opcode byte.</param>
/// <param name="Kind">What the operand is.</param>
/// <param name="Operand">
/// The operand: a table index, count or small int; for a jump, the absolute target offset; for the
/// multi opcodes, the value folded into the opcode byte (small int, local slot or operator number).
/// </param>
/// <param name="Extra">The extra byte, or -1 when the opcode has none.</param>
public readonly record struct Instruction(int Offset, int Length, byte Opcode, OperandKind Kind, long Operand, int Extra)
{
    /// <summary>The mnemonic.</summary>
    public string Mnemonic => OpcodeTable.Mnemonic(Opcode) ?? $"<0x{Opcode:x2}>";

    /// <summary>Whether this is a jump (its <see cref="Operand"/> is the target offset).</summary>
    public bool IsJump => Kind is OperandKind.SignedJump or OperandKind.UnsignedJump;
}
