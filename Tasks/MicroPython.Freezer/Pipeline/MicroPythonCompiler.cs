using MicroPython.Bytecode;
using MicroPython.Compiler;

namespace MicroPython.Freezer.Pipeline;

/// <summary>Compiles modules in process with our mpy-cross-compatible compiler.</summary>
/// <param name="smallIntBits">The target's small-int width (<c>-msmall-int-bits</c>): 31, or 63 for 64-bit targets.</param>
public sealed class MicroPythonCompiler(int smallIntBits = MpyHeader.DefaultSmallIntBits) : IModuleCompiler
{
    /// <inheritdoc />
    public string CacheKey { get; } = $"MicroPython.Compiler {typeof(MpyCompiler).Assembly.ManifestModule.ModuleVersionId} small-int-bits={smallIntBits}";

    /// <inheritdoc />
    public MpyModule Compile(string source, string sourceName, int optimizationLevel) =>
        MpyCompiler.Compile(source, sourceName, new CompilerOptions { OptimizationLevel = optimizationLevel, SmallIntBits = smallIntBits });
}
