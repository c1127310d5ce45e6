using System.Text;
using System.Text.Unicode;
using MicroPython.Bytecode;
using MicroPython.Compiler.Diagnostics;
using MicroPython.Compiler.Emit;
using MicroPython.Compiler.Hosting;
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
        return CompileUtf8(Encoding.UTF8.GetBytes(source), sourceName, options);
    }

    /// <summary>
    /// Compiles one module from the bytes of its file: the lexer reads UTF-8, so valid bytes are
    /// used as they are, without decoding them to a string and encoding that back.
    /// </summary>
    /// <param name="utf8Source">The file's bytes.</param>
    /// <param name="sourceName">The name embedded as the module's source file (mpy-cross <c>-s</c>).</param>
    /// <param name="options">Optimisation level and target small-int width.</param>
    /// <returns>The module, ready for <c>MpyWriter.Write</c>.</returns>
    /// <exception cref="CompileError">The bytes are not UTF-8 (as <see cref="SourceDecoder.Decode"/> reports it), or the source has a syntax or compile error.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The optimisation level is negative or the small-int width is not 2 to 63.</exception>
    public static MpyModule Compile(byte[] utf8Source, string sourceName, CompilerOptions options)
    {
        ArgumentNullException.ThrowIfNull(utf8Source);
        return Utf8.IsValid(utf8Source)
            ? CompileUtf8(utf8Source, sourceName, options)
            : Compile(SourceDecoder.Decode(utf8Source), sourceName, options);
    }

    private static MpyModule CompileUtf8(byte[] utf8, string sourceName, CompilerOptions options)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.OptimizationLevel);
        var tree = Parser.ParseUtf8(utf8, sourceName, new ParseOptions
        {
            OptimizationLevel = options.OptimizationLevel,
            SmallIntBits = options.SmallIntBits,
            PreinternedStrings = options.PreinternedStrings,
        });
        return CodeGenerator.Compile(tree, options.OptimizationLevel, options.SmallIntBits);
    }
}
