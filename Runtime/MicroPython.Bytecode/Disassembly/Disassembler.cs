using System.Globalization;
using System.Text;
using MicroPython.Bytecode.Constants;
using MicroPython.Bytecode.Opcodes;

namespace MicroPython.Bytecode.Disassembly;

/// <summary>
/// Prints a readable listing of a module: header, tables, then every function with its signature,
/// argument names, cells and line table, and one instruction a line with its bytes and decoded
/// operands (qstr names, constants, jump targets, child functions).
/// </summary>
public static class Disassembler
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The whole listing of <paramref name="module"/>.</summary>
    public static string Disassemble(MpyModule module)
    {
        var sb = new StringBuilder();
        var h = module.Header;
        sb.Append(Inv, $"mpy v{MpyHeader.Version}, bytecode, {h.SmallIntBits}-bit small ints\n");
        sb.Append(Inv, $"qstrs: {module.Qstrs.Count}\n");
        for (var i = 0; i < module.Qstrs.Count; i++)
        {
            var q = module.Qstrs[i];
            sb.Append(Inv, $"  {i,4}  {PythonRepr.OfStr(q.Content)}{(q.IsStatic ? " (static)" : "")}\n");
        }

        sb.Append(Inv, $"constants: {module.Constants.Count}\n");
        for (var i = 0; i < module.Constants.Count; i++)
        {
            var c = module.Constants[i];
            sb.Append(Inv, $"  {i,4}  {c.Tag.ToString().ToLowerInvariant()} {c.Repr()}\n");
        }

        AppendRawCode(sb, module, module.Root, module.Qstr(module.Root.Prelude.SimpleName));
        return sb.ToString();
    }

    /// <summary>One instruction as the listing shows it, without offset and bytes: e.g. <c>LOAD_ATTR 'x'</c>.</summary>
    public static string Describe(MpyModule module, RawCode rawCode, Instruction insn)
    {
        var name = insn.Mnemonic;
        var op = (Opcode)insn.Opcode;
        var text = insn.Kind switch
        {
            OperandKind.Qstr => $"{name} {PythonRepr.OfStr(module.Qstrs[(int)insn.Operand].Content)}",
            OperandKind.SignedInt => $"{name} {insn.Operand}",
            OperandKind.SignedJump or OperandKind.UnsignedJump => $"{name} -> {insn.Operand:x4}",
            OperandKind.UInt => op switch
            {
                Opcode.LoadConstObj => $"{name} {module.Constants[(int)insn.Operand].Repr()}",
                Opcode.MakeFunction or Opcode.MakeFunctionDefargs or Opcode.MakeClosure or Opcode.MakeClosureDefargs =>
                    $"{name} {module.Qstr(rawCode.Children[(int)insn.Operand].Prelude.SimpleName)} (child {insn.Operand})",
                Opcode.CallFunction or Opcode.CallFunctionVarKw or Opcode.CallMethod or Opcode.CallMethodVarKw =>
                    $"{name} pos={insn.Operand & 0xff} kw={insn.Operand >> 8}",
                Opcode.UnpackEx => $"{name} left={insn.Operand & 0xff} right={insn.Operand >> 8}",
                _ => $"{name} {insn.Operand}",
            },
            _ => insn.Opcode switch
            {
                >= 0x70 and < 0xb0 or >= 0xb0 and < 0xd0 => $"{name} {insn.Operand}",
                >= 0xd0 and < 0xd7 => $"{name} {OpcodeTable.UnaryOperators[(int)insn.Operand]}",
                >= 0xd7 => $"{name} {OpcodeTable.BinaryOperators[(int)insn.Operand]}",
                _ => name,
            },
        };

        return insn.Extra >= 0 ? $"{text}, {insn.Extra}" : text;
    }

    private static void AppendRawCode(StringBuilder sb, MpyModule module, RawCode rc, string path)
    {
        var p = rc.Prelude;
        sb.Append('\n').Append(Inv, $"function {path}\n");
        sb.Append(Inv, $"  n_state={p.NState} n_exc_stack={p.NExcStack} flags={FlagsText(p.Flags)} pos_args={p.NPosArgs} kwonly_args={p.NKwOnlyArgs} def_pos_args={p.NDefPosArgs}\n");
        sb.Append("  args: ").AppendJoin(", ", p.ArgNames.Select(module.Qstr)).Append('\n');
        if (p.Cells.Length > 0)
        {
            sb.Append("  cells: ").AppendJoin(", ", p.Cells.Select(c => c.ToString(Inv))).Append('\n');
        }

        sb.Append("  lines:");
        foreach (var e in LineTable.Decode(p.LineTable))
        {
            sb.Append(Inv, $" {e.Offset:x4}:{e.Line}");
        }

        sb.Append('\n');
        foreach (var insn in InstructionDecoder.Decode(rc.Code))
        {
            var bytes = Convert.ToHexString(rc.Code, insn.Offset, insn.Length).ToLowerInvariant();
            sb.Append(Inv, $"  {insn.Offset:x4}  {bytes,-10}  {Describe(module, rc, insn)}\n");
        }

        for (var i = 0; i < rc.Children.Count; i++)
        {
            var child = rc.Children[i];
            AppendRawCode(sb, module, child, $"{path}/{module.Qstr(child.Prelude.SimpleName)}");
        }
    }

    private static string FlagsText(ScopeFlags flags) =>
        flags == ScopeFlags.None ? "none" : flags.ToString().Replace(", ", "|", StringComparison.Ordinal);
}
