namespace MicroPython.Bytecode;

/// <summary>The sizes of a module's tables and of a raw code's child list, which bytecode operands index.</summary>
internal readonly record struct TableSizes(int Qstrs, int Constants);
