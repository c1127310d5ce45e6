using MicroPython.Bytecode;

namespace MicroPython.Runtime;

/// <summary>
/// Compiles Python source for the VM (for <c>exec</c>, <c>eval</c> and importing <c>.py</c> files).
/// The host supplies it, so the runtime does not depend on the compiler.
/// </summary>
public interface ISourceCompiler
{
    /// <summary>Compiles <paramref name="source"/> as a module.</summary>
    /// <param name="source">The Python source text.</param>
    /// <param name="sourceName">The file name recorded in the module (shown in tracebacks).</param>
    /// <returns>The compiled module.</returns>
    MpyModule Compile(string source, string sourceName);
}
