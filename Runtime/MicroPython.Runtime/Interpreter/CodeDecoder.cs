using MicroPython.Bytecode;
using MicroPython.Bytecode.Opcodes;
using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime.Interpreter;

/// <summary>
/// Decodes a module's raw codes once into <see cref="CodeObject"/>s and verifies them on the way:
/// every jump lands on an instruction, every operand indexes inside its table (qstrs, constants,
/// locals, children), the code never runs off its end, and the value and handler stacks stay within
/// the prelude's bounds (<see cref="StackCheck"/>). Code that fails is refused as an unreadable
/// <c>.mpy</c> (MPY4001) naming the byte, so the interpreter loop never meets it.
/// </summary>
internal static class CodeDecoder
{
    /// <summary>Decodes <paramref name="raw"/> and everything defined inside it.</summary>
    /// <exception cref="MpyFormatException">The bytecode is invalid.</exception>
    public static CodeObject Decode(RawCode raw, ModuleContext module, string? fileName)
    {
        var children = new CodeObject[raw.Children.Count];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = Decode(raw.Children[i], module, fileName);
        }

        var bytes = raw.Code;
        var decoded = new List<Instruction>();
        var indexAt = new int[bytes.Length + 1];
        Array.Fill(indexAt, -1);
        for (var ip = 0; ip < bytes.Length;)
        {
            Instruction insn;
            try
            {
                insn = InstructionDecoder.DecodeAt(bytes, ip);
            }
            catch (InvalidDataException e)
            {
                throw Fail(raw, fileName, ip, e.Message);
            }

            indexAt[ip] = decoded.Count;
            decoded.Add(insn);
            ip += insn.Length;
        }

        if (decoded.Count == 0)
        {
            throw Fail(raw, fileName, 0, "the function has no instructions");
        }

        CheckPrelude(raw, module, fileName);
        var code = new Insn[decoded.Count];
        var offsets = new int[decoded.Count];
        for (var i = 0; i < code.Length; i++)
        {
            var insn = decoded[i];
            offsets[i] = insn.Offset;
            var problem = Convert(insn, raw, module, children.Length, indexAt, out code[i]);
            if (problem is not null)
            {
                throw Fail(raw, fileName, insn.Offset, $"{insn.Mnemonic} at bytecode offset {insn.Offset}: {problem}");
            }
        }

        if (StackCheck.Run(code, raw.Prelude.NState, raw.Prelude.NExcStack) is { } bad)
        {
            var insn = decoded[bad.Index];
            throw Fail(raw, fileName, insn.Offset, $"{insn.Mnemonic} at bytecode offset {insn.Offset}: {bad.Problem}");
        }

        return new CodeObject(raw, module, code, offsets, children);
    }

    private static MpyFormatException Fail(RawCode raw, string? fileName, int codeOffset, string reason) =>
        new(reason, fileName, raw.CodeFileOffset >= 0 ? raw.CodeFileOffset + codeOffset : codeOffset);

    // The argument slots, the *args and **kwargs slots and the cells all live in the state array.
    private static void CheckPrelude(RawCode raw, ModuleContext module, string? fileName)
    {
        var p = raw.Prelude;
        var slots = p.NPosArgs + p.NKwOnlyArgs + ((p.Flags & ScopeFlags.VarArgs) != 0 ? 1 : 0) + ((p.Flags & ScopeFlags.VarKeywords) != 0 ? 1 : 0);
        string? problem = null;
        if (slots > p.NState)
        {
            problem = $"the prelude's {slots} argument slots do not fit in its state of {p.NState}";
        }
        else if (p.Cells.Any(c => c >= p.NState))
        {
            problem = $"the prelude's cell {p.Cells.Max()} is outside its state of {p.NState}";
        }
        else if (p.SimpleName >= module.Qstrs.Length || p.ArgNames.Any(a => a >= module.Qstrs.Length))
        {
            problem = $"the prelude names a qstr outside the table of {module.Qstrs.Length}";
        }

        if (problem is not null)
        {
            throw Fail(raw, fileName, 0, problem);
        }
    }

    private static string? Convert(Instruction insn, RawCode raw, ModuleContext module, int nChildren, int[] indexAt, out Insn result)
    {
        result = default;
        var op = insn.Opcode;
        var operand = insn.Operand;
        result.Extra = insn.Extra;
        switch (insn.Kind)
        {
            case OperandKind.SignedJump or OperandKind.UnsignedJump:
                if (operand < 0 || operand >= raw.Code.Length || indexAt[operand] < 0)
                {
                    return $"jump target {operand} is not the start of an instruction";
                }

                result.Op = (Opcode)op;
                result.Arg = indexAt[operand];
                return null;
            case OperandKind.Qstr:
                if (operand >= module.Qstrs.Length)
                {
                    return $"qstr index {operand} is outside the table of {module.Qstrs.Length}";
                }

                result.Op = (Opcode)op == Opcode.LoadConstString ? Opcode.LoadConstObj : (Opcode)op;
                result.Arg = (int)operand;
                result.Value = module.Qstrs[operand];
                result.Cache = result.Op switch
                {
                    Opcode.LoadName or Opcode.LoadGlobal or Opcode.StoreName or Opcode.StoreGlobal => new GlobalCache(),
                    Opcode.LoadAttr or Opcode.LoadMethod or Opcode.StoreAttr => new AttrCache(),
                    _ => null,
                };
                return null;
        }

        switch (op)
        {
            case >= (byte)Opcode.LoadConstSmallIntMulti and < (byte)Opcode.LoadFastMulti:
                result.Op = Opcode.LoadConstObj;
                result.Value = operand;
                return null;
            case >= (byte)Opcode.LoadFastMulti and < (byte)Opcode.StoreFastMulti:
                return Local(Opcode.LoadFastN, operand, raw, ref result);
            case >= (byte)Opcode.StoreFastMulti and < (byte)Opcode.UnaryOpMulti:
                return Local(Opcode.StoreFastN, operand, raw, ref result);
            case >= (byte)Opcode.UnaryOpMulti and < (byte)Opcode.BinaryOpMulti:
                result.Op = Opcode.UnaryOpMulti;
                result.Arg = (int)operand;
                return null;
            case >= (byte)Opcode.BinaryOpMulti:
                result.Op = Opcode.BinaryOpMulti;
                result.Arg = (int)operand;
                return null;
        }

        var opcode = (Opcode)op;
        result.Op = opcode;
        switch (opcode)
        {
            case Opcode.LoadConstSmallInt:
                result.Op = Opcode.LoadConstObj;
                result.Value = operand;
                return null;
            case Opcode.LoadConstObj:
                if (operand >= module.Constants.Length)
                {
                    return $"constant index {operand} is outside the table of {module.Constants.Length}";
                }

                result.Value = module.Constants[operand];
                return null;
            case Opcode.LoadConstFalse or Opcode.LoadConstTrue or Opcode.LoadConstNone:
                result.Op = Opcode.LoadConstObj;
                result.Value = opcode == Opcode.LoadConstNone ? Ops.None : opcode == Opcode.LoadConstTrue;
                return null;
            case Opcode.LoadFastN or Opcode.StoreFastN or Opcode.DeleteFast or Opcode.LoadDeref or Opcode.StoreDeref or Opcode.DeleteDeref:
                return Local(opcode, operand, raw, ref result);
            case Opcode.MakeFunction or Opcode.MakeFunctionDefargs or Opcode.MakeClosure or Opcode.MakeClosureDefargs:
                if (operand >= nChildren)
                {
                    return $"child index {operand} is outside the {nChildren} children";
                }

                result.Arg = (int)operand;
                return null;
            case Opcode.CallFunction or Opcode.CallFunctionVarKw or Opcode.CallMethod or Opcode.CallMethodVarKw or Opcode.UnpackEx:
                // Two counts of a byte each; higher bits are ignored, as the reference VM ignores them.
                result.Arg = (int)(operand & 0xffff);
                return null;
            case Opcode.BuildSlice when operand is not (2 or 3):
                return $"a slice has 2 or 3 parts, not {operand}";
        }

        if (operand > ushort.MaxValue)
        {
            return $"operand {operand} is too large";
        }

        result.Arg = (int)operand;
        return null;
    }

    private static string? Local(Opcode op, long slot, RawCode raw, ref Insn result)
    {
        var p = raw.Prelude;
        if (slot >= p.NState)
        {
            return $"local {slot} is outside the state of {p.NState}";
        }

        // A cell is one the prelude makes, or a closed-over one passed in as a leading argument.
        if (op is Opcode.LoadDeref or Opcode.StoreDeref or Opcode.DeleteDeref && slot >= p.NPosArgs && !p.Cells.Contains((byte)slot))
        {
            return $"local {slot} is not a cell";
        }

        result.Op = op;
        result.Arg = (int)slot;
        return null;
    }
}
