namespace MicroPython.Bytecode.Opcodes;

/// <summary>What follows an opcode byte.</summary>
public enum OperandKind
{
    /// <summary>Nothing (the value, if any, is part of the opcode byte).</summary>
    None,
    /// <summary>A varuint index into the module's qstr table.</summary>
    Qstr,
    /// <summary>A varuint: a count, a local slot, a constant or child index.</summary>
    UInt,
    /// <summary>The signed varint of <c>LOAD_CONST_SMALL_INT</c>.</summary>
    SignedInt,
    /// <summary>A jump offset that may be negative.</summary>
    SignedJump,
    /// <summary>A forward-only jump offset.</summary>
    UnsignedJump,
}
