using System.Text;

namespace MicroPython.Bytecode.Opcodes;

/// <summary>Facts about each opcode byte: whether it is defined, its mnemonic, and its operand layout.</summary>
public static class OpcodeTable
{
    /// <summary>The names of the unary operators, by <c>opcode − 0xd0</c>.</summary>
    public static IReadOnlyList<string> UnaryOperators { get; } = ["+", "-", "~", "not"];

    /// <summary>The names of the binary operators, by <c>opcode − 0xd7</c>.</summary>
    public static IReadOnlyList<string> BinaryOperators { get; } =
    [
        "<", ">", "==", "<=", ">=", "!=", "in", "is", "exception-match",
        "|=", "^=", "&=", "<<=", ">>=", "+=", "-=", "*=", "@=", "//=", "/=", "%=", "**=",
        "|", "^", "&", "<<", ">>", "+", "-", "*", "@", "//", "/", "%", "**",
    ];

    // Built after the operator lists above, which it reads.
    private static readonly string?[] Mnemonics = BuildMnemonics();

    /// <summary>Whether <paramref name="opcode"/> is an opcode of format v6.</summary>
    public static bool IsDefined(byte opcode) => Mnemonics[opcode] is not null;

    /// <summary>The mnemonic (as MicroPython's tools print it), or null for an undefined byte.</summary>
    public static string? Mnemonic(byte opcode) => Mnemonics[opcode];

    /// <summary>The operand that follows <paramref name="opcode"/>, decided by its high nibble as in the VM.</summary>
    public static OperandKind OperandOf(byte opcode) => (opcode >> 4) switch
    {
        1 => OperandKind.Qstr,
        2 when opcode == (byte)Opcode.LoadConstSmallInt => OperandKind.SignedInt,
        2 or 3 => OperandKind.UInt,
        4 => opcode <= (byte)Opcode.PopJumpIfFalse ? OperandKind.SignedJump : OperandKind.UnsignedJump,
        _ => OperandKind.None,
    };

    /// <summary>Whether one extra byte follows the operand (<c>MAKE_CLOSURE*</c>, <c>UNWIND_JUMP</c>).</summary>
    public static bool HasExtraByte(byte opcode) => (opcode & 0x9e) == 0;

    private static string?[] BuildMnemonics()
    {
        var names = new string?[256];
        foreach (var op in Enum.GetValues<Opcode>())
        {
            names[(int)op] = ToMnemonic(op.ToString());
        }

        for (var i = 0; i < 64; i++)
        {
            names[0x70 + i] = "LOAD_CONST_SMALL_INT";
        }

        for (var i = 0; i < 16; i++)
        {
            names[0xb0 + i] = "LOAD_FAST";
            names[0xc0 + i] = "STORE_FAST";
        }

        for (var i = 0; i < UnaryOperators.Count; i++)
        {
            names[0xd0 + i] = "UNARY_OP";
        }

        for (var i = 0; i < BinaryOperators.Count; i++)
        {
            names[0xd7 + i] = "BINARY_OP";
        }

        return names;
    }

    private static string ToMnemonic(string pascal)
    {
        var sb = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && sb.Length > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToUpperInvariant(c));
        }

        return sb.ToString();
    }
}
