namespace MicroPython.Bytecode;

/// <summary>What a raw code's function data holds (the low two bits of its leading varuint).</summary>
public enum RawCodeKind
{
    /// <summary>A bytecode prelude and opcodes.</summary>
    Bytecode = 0,
    /// <summary>Machine code from <c>@micropython.native</c>.</summary>
    NativePython = 1,
    /// <summary>Machine code from <c>@micropython.viper</c>.</summary>
    Viper = 2,
    /// <summary>Inline assembler.</summary>
    Asm = 3,
}
