using System.Text;
using MicroPython.Compiler.Diagnostics;

namespace MicroPython.Compiler.Syntax;

/// <summary>
/// Parses MicroPython source into the parse tree MicroPython v1.28's parser builds, simplifications
/// included (constant folding, <c>const()</c>, constant tuples, dropped doc strings).
/// </summary>
public static class Parser
{
    /// <summary>Parses a module.</summary>
    /// <param name="source">The program text (already decoded from UTF-8).</param>
    /// <param name="sourceName">The source name as mpy-cross would embed it; it is interned before parsing.</param>
    /// <param name="options">Optimisation level and target small-int width.</param>
    /// <returns>The tree.</returns>
    /// <exception cref="CompileError">The source has a lexical or syntax error (codes in <see cref="SyntaxErrors"/>).</exception>
    public static ParseTree Parse(string source, string sourceName, ParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        return ParseUtf8(Encoding.UTF8.GetBytes(source), sourceName, options);
    }

    /// <summary>Parses a module given as UTF-8 that is known to be valid.</summary>
    internal static ParseTree ParseUtf8(byte[] utf8, string sourceName, ParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(options);
        if (options.SmallIntBits is < 2 or > 63)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.SmallIntBits, "SmallIntBits must be between 2 and 63.");
        }

        var engine = new ParserEngine(utf8, sourceName, options);
        try
        {
            return new ParseTree(engine.Run(), sourceName, options) { NameCount = engine.NameCount };
        }
        finally
        {
            engine.Release();
        }
    }
}
