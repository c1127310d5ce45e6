using MicroPython.Bytecode;

namespace MicroPython.Freezer.Pipeline;

/// <summary>Compiles one <c>.py</c> for freezing, as <c>mpy-cross -s SOURCE_NAME -O LEVEL</c> would.</summary>
public interface IModuleCompiler
{
    /// <summary>Compiles <paramref name="source"/>.</summary>
    /// <param name="source">The program text, line ends normalised to <c>\n</c>.</param>
    /// <param name="sourceName">The frozen name, embedded as the module's source name.</param>
    /// <param name="optimizationLevel">0 to 3.</param>
    /// <returns>The compiled module.</returns>
    /// <exception cref="MicroPython.Compiler.Diagnostics.CompileError">The source does not compile.</exception>
    MpyModule Compile(string source, string sourceName, int optimizationLevel);

    /// <summary>A short text that changes whenever this compiler's output could change; cached modules carry it.</summary>
    string CacheKey { get; }
}
