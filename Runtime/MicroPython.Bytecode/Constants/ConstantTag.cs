namespace MicroPython.Bytecode.Constants;

/// <summary>The type byte that starts each entry of a <c>.mpy</c> constant table.</summary>
public enum ConstantTag : byte
{
    /// <summary>The native function-table marker.</summary>
    FunTable = 0,
    /// <summary><c>None</c>.</summary>
    None = 1,
    /// <summary><c>False</c>.</summary>
    False = 2,
    /// <summary><c>True</c>.</summary>
    True = 3,
    /// <summary><c>...</c>.</summary>
    Ellipsis = 4,
    /// <summary>A <c>str</c>: length, UTF-8 bytes, NUL.</summary>
    Str = 5,
    /// <summary>A <c>bytes</c>: length, bytes, NUL.</summary>
    Bytes = 6,
    /// <summary>An <c>int</c>: length, decimal text.</summary>
    Int = 7,
    /// <summary>A <c>float</c>: length, repr text.</summary>
    Float = 8,
    /// <summary>A <c>complex</c>: length, repr text.</summary>
    Complex = 9,
    /// <summary>A <c>tuple</c>: item count, then the items.</summary>
    Tuple = 10,
}
