using MicroPython.Bytecode;
using MicroPython.Compiler.Diagnostics;
using MicroPython.Compiler.Emit;
using MicroPython.Compiler.Syntax;

namespace MicroPython.Compiler;

/// <summary>Compiles MicroPython source to a .mpy module, byte for byte as mpy-cross v1.28.0 does.</summary>
public static class MpyCompiler
{
    /// <summary>Compiles one module.</summary>
    /// <param name="source">The program text.</param>
    /// <param name="sourceName">The name embedded as the module's source file (mpy-cross <c>-s</c>).</param>
    /// <param name="options">Optimisation level and target small-int width.</param>
    /// <returns>The module, ready for <c>MpyWriter.Write</c>.</returns>
    /// <exception cref="CompileError">The source has a syntax or compile error.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The optimisation level is negative or the small-int width is not 2 to 63.</exception>
    public static MpyModule Compile(string source, string sourceName, CompilerOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.OptimizationLevel);
        var tree = Parser.Parse(source, sourceName, new ParseOptions
        {
            OptimizationLevel = options.OptimizationLevel,
            SmallIntBits = options.SmallIntBits,
            PreinternedStrings = options.PreinternedStrings,
        });
        return CodeGenerator.Compile(tree, options.OptimizationLevel, options.SmallIntBits);
    }
}
