namespace MicroPython.Compiler;

/// <summary>The mpy-cross settings that change the bytes produced.</summary>
public sealed record CompilerOptions
{
    /// <summary>The defaults of mpy-cross: <c>-O0</c> and 31-bit small ints.</summary>
    public static CompilerOptions Default { get; } = new();

    /// <summary>
    /// The optimisation level, 0 to 3 (<c>-O</c>): from 1 on asserts are dropped and
    /// <c>__debug__</c> is False; at 3 no line numbers are stored.
    /// </summary>
    public int OptimizationLevel { get; init; }

    /// <summary>The target's small-int width in bits (<c>-msmall-int-bits</c>): 31, or 63 for 64-bit targets.</summary>
    public int SmallIntBits { get; init; } = 31;

    /// <summary>
    /// Strings mpy-cross interns before parsing besides the source name: the input path when it
    /// differs from the <c>-s</c> name. A long string literal equal to one of them becomes a qstr.
    /// </summary>
    public IReadOnlyList<string> PreinternedStrings { get; init; } = [];
}
