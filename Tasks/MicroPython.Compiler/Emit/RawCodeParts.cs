using MicroPython.Bytecode;

namespace MicroPython.Compiler.Emit;

/// <summary>A scope's finished prelude and opcodes, kept until its children are finished too.</summary>
internal sealed record RawCodeParts(BytecodePrelude Prelude, byte[] Code);
