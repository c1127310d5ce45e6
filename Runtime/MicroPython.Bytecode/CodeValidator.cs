using MicroPython.Bytecode.Encoding;
using MicroPython.Bytecode.Opcodes;

namespace MicroPython.Bytecode;

/// <summary>
/// Checks that a raw code read from a file can be trusted by every consumer: each instruction is
/// defined and complete, every qstr, constant and child index is inside its table, every jump lands
/// inside the function, and the line table decodes.
/// </summary>
internal static class CodeValidator
{
    public static void Validate(RawCode rc, TableSizes tables, int codeFileOffset, ByteSource src)
    {
        try
        {
            LineTable.Decode(rc.Prelude.LineTable);
        }
        catch (InvalidDataException e)
        {
            throw src.ErrorAt(e.Message, codeFileOffset);
        }

        var code = rc.Code;
        for (var ip = 0; ip < code.Length;)
        {
            Instruction insn;
            try
            {
                insn = InstructionDecoder.DecodeAt(code, ip);
            }
            catch (InvalidDataException e)
            {
                throw src.ErrorAt(e.Message, codeFileOffset + ip);
            }

            var problem = Check(insn, rc, tables, code.Length);
            if (problem is not null)
            {
                throw src.ErrorAt($"{insn.Mnemonic} at bytecode offset {ip}: {problem}", codeFileOffset + ip);
            }

            ip += insn.Length;
        }
    }

    private static string? Check(Instruction insn, RawCode rc, TableSizes tables, int codeLength)
    {
        if (insn.Kind == OperandKind.Qstr && insn.Operand >= tables.Qstrs)
        {
            return $"qstr index {insn.Operand} is outside the table of {tables.Qstrs}";
        }

        if (insn.IsJump && (insn.Operand < 0 || insn.Operand > codeLength))
        {
            return $"jump target {insn.Operand} is outside the function (0..{codeLength})";
        }

        return (Opcode)insn.Opcode switch
        {
            Opcode.LoadConstObj when insn.Operand >= tables.Constants =>
                $"constant index {insn.Operand} is outside the table of {tables.Constants}",
            Opcode.MakeFunction or Opcode.MakeFunctionDefargs or Opcode.MakeClosure or Opcode.MakeClosureDefargs
                when insn.Operand >= rc.Children.Count =>
                $"child index {insn.Operand} is outside the {rc.Children.Count} children",
            _ => null,
        };
    }
}
