using System.Globalization;
using MicroPython.Bytecode;
using MicroPython.Bytecode.Opcodes;

namespace MicroPython.Freezer.CSource;

/// <summary>The comment after each opcode line of a frozen <c>fun_data</c> array, as mpy-tool words it.</summary>
internal static class OpcodeComment
{
    private static readonly string[] UnaryMethods = ["__pos__", "__neg__", "__invert__", "<not>"];

    private static readonly string[] BinaryMethods =
    [
        "__lt__", "__gt__", "__eq__", "__le__", "__ge__", "__ne__", "<in>", "<is>", "<exception match>",
        "__ior__", "__ixor__", "__iand__", "__ilshift__", "__irshift__", "__iadd__", "__isub__", "__imul__",
        "__imatmul__", "__ifloordiv__", "__itruediv__", "__imod__", "__ipow__", "__or__", "__xor__", "__and__",
        "__lshift__", "__rshift__", "__add__", "__sub__", "__mul__", "__matmul__", "__floordiv__", "__truediv__",
        "__mod__", "__pow__",
    ];

    /// <summary>The comment for <paramref name="insn"/>; qstr operands are shown as CPython reprs of the module's strings.</summary>
    public static string Of(in Instruction insn, Func<int, MpyText> qstr)
    {
        var op = insn.Opcode;
        switch (op)
        {
            case >= 0x70 and < 0xb0:
                return "LOAD_CONST_SMALL_INT " + Num(op - 0x80);
            case >= 0xb0 and < 0xc0:
                return "LOAD_FAST " + Num(op - 0xb0);
            case >= 0xc0 and < 0xd0:
                return "STORE_FAST " + Num(op - 0xc0);
            case >= 0xd0 and < 0xd7:
                return op - 0xd0 < UnaryMethods.Length ? $"UNARY_OP {Num(op - 0xd0)} {UnaryMethods[op - 0xd0]}" : "unknown";
            case >= 0xd7:
                return op - 0xd7 < BinaryMethods.Length ? $"BINARY_OP {Num(op - 0xd7)} {BinaryMethods[op - 0xd7]}" : "unknown";
        }

        var name = insn.Mnemonic;
        return insn.Kind switch
        {
            OperandKind.Qstr => name + " " + Python3Repr.Of(qstr((int)insn.Operand)),
            OperandKind.UInt or OperandKind.SignedInt => name + " " + Num(insn.Operand),
            // The decoder resolves jumps to targets; the comment shows the stored relative offset,
            // which counts from the end of the offset bytes (before any extra byte).
            OperandKind.SignedJump or OperandKind.UnsignedJump => name + " " + Num(insn.Operand - (insn.Offset + insn.Length - (insn.Extra >= 0 ? 1 : 0))),
            _ => name,
        };
    }

    private static string Num(long n) => n.ToString(CultureInfo.InvariantCulture);
}
