namespace MicroPython.Compiler.Emit;

/// <summary>
/// The passes over a scope, in MicroPython's order: one scope pass over every scope first, then
/// per scope stack size, code size and emit (repeated until the sizes stop shrinking). The last
/// two replay what the stack-size pass recorded, changing only jump lengths; a scope without
/// jumps ends with its stack-size pass, whose bytes they would only repeat.
/// </summary>
internal enum CompilePass
{
    /// <summary>Build symbol tables and discover inner scopes.</summary>
    Scope = 1,

    /// <summary>Measure the stack depth and place labels with every jump long.</summary>
    StackSize = 2,

    /// <summary>Measure sizes with jump lengths chosen from the previous placement.</summary>
    CodeSize = 3,

    /// <summary>Write the bytes.</summary>
    Emit = 4,
}
