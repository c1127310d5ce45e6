namespace MicroPython.Bytecode.Opcodes;

/// <summary>Splits a raw code's opcodes into instructions.</summary>
public static class InstructionDecoder
{
    /// <summary>Decodes every instruction of <paramref name="code"/>.</summary>
    /// <exception cref="InvalidDataException">An undefined opcode or an operand that runs past the end.</exception>
    public static IReadOnlyList<Instruction> Decode(ReadOnlySpan<byte> code)
    {
        var list = new List<Instruction>();
        for (var ip = 0; ip < code.Length;)
        {
            var insn = DecodeAt(code, ip);
            list.Add(insn);
            ip += insn.Length;
        }

        return list;
    }

    /// <summary>Decodes the instruction at <paramref name="offset"/>.</summary>
    /// <exception cref="InvalidDataException">An undefined opcode or an operand that runs past the end.</exception>
    public static Instruction DecodeAt(ReadOnlySpan<byte> code, int offset)
    {
        var op = code[offset];
        if (!OpcodeTable.IsDefined(op))
        {
            throw new InvalidDataException($"undefined opcode 0x{op:x2} at bytecode offset {offset}");
        }

        var ip = offset + 1;
        var kind = OpcodeTable.OperandOf(op);
        long operand = kind switch
        {
            OperandKind.Qstr or OperandKind.UInt => ReadUInt(code, ref ip, offset),
            OperandKind.SignedInt => ReadSignedInt(code, ref ip, offset),
            OperandKind.SignedJump or OperandKind.UnsignedJump => ReadJumpTarget(code, ref ip, offset, kind == OperandKind.SignedJump),
            _ => MultiValue(op),
        };

        var extra = -1;
        if (OpcodeTable.HasExtraByte(op))
        {
            extra = Next(code, ref ip, offset);
        }

        return new Instruction(offset, ip - offset, op, kind, operand, extra);
    }

    private static long MultiValue(byte op) => op switch
    {
        >= 0x70 and < 0xb0 => op - 0x80,
        >= 0xb0 and < 0xd0 => op & 0x0f,
        >= 0xd0 and < 0xd7 => op - 0xd0,
        >= 0xd7 => op - 0xd7,
        _ => 0,
    };

    private static byte Next(ReadOnlySpan<byte> code, ref int ip, int start)
    {
        if (ip >= code.Length)
        {
            throw new InvalidDataException($"instruction at bytecode offset {start} runs past the end of the function");
        }

        return code[ip++];
    }

    private static long ReadUInt(ReadOnlySpan<byte> code, ref int ip, int start)
    {
        long value = 0;
        byte b;
        var n = 0;
        do
        {
            if (++n > 5)
            {
                throw new InvalidDataException($"operand at bytecode offset {start} is too large");
            }

            b = Next(code, ref ip, start);
            value = (value << 7) | (uint)(b & 0x7f);
        }
        while ((b & 0x80) != 0);

        return value;
    }

    private static long ReadSignedInt(ReadOnlySpan<byte> code, ref int ip, int start)
    {
        long value = (code.Length > ip && (code[ip] & 0x40) != 0) ? -1 : 0;
        byte b;
        var n = 0;
        do
        {
            if (++n > 10)
            {
                throw new InvalidDataException($"small int at bytecode offset {start} is too large");
            }

            b = Next(code, ref ip, start);
            value = (value << 7) | (uint)(b & 0x7f);
        }
        while ((b & 0x80) != 0);

        return value;
    }

    private static long ReadJumpTarget(ReadOnlySpan<byte> code, ref int ip, int start, bool signed)
    {
        var b = Next(code, ref ip, start);
        long value;
        if ((b & 0x80) != 0)
        {
            value = (b & 0x7f) | (Next(code, ref ip, start) << 7);
            value -= signed ? 0x4000 : 0;
        }
        else
        {
            value = b - (signed ? 0x40 : 0);
        }

        return ip + value;
    }
}
