namespace MicroPython.Compiler.Syntax;

/// <summary>The settings that change what the parser produces.</summary>
public sealed record ParseOptions
{
    /// <summary>The defaults of <c>mpy-cross</c>: optimisation level 0, 31-bit small ints.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>
    /// The optimisation level, 0 to 3 (<c>-O</c>). At 1 and above <c>__debug__</c> reads as False;
    /// the other effects belong to the compiler.
    /// </summary>
    public int OptimizationLevel { get; init; }

    /// <summary>
    /// The target's small-int width in bits (<c>-msmall-int-bits</c>, 31 by default, 63 for 64-bit
    /// targets): ints outside it become constant objects.
    /// </summary>
    public int SmallIntBits { get; init; } = 31;

    /// <summary>
    /// Strings mpy-cross has interned before parsing besides the source name, such as the input
    /// path when it differs from the <c>-s</c> name. They decide whether equal long string
    /// literals are interned.
    /// </summary>
    public IReadOnlyList<string> PreinternedStrings { get; init; } = [];
}
