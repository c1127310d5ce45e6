namespace MicroPython.Freezer.Pipeline;

/// <summary>One <c>.py</c> to compile to a <c>.mpy</c> file.</summary>
/// <param name="SourcePath">The <c>.py</c> file.</param>
/// <param name="SourceName">The name embedded in the module (its frozen path).</param>
/// <param name="OptimizationLevel">0 to 3.</param>
/// <param name="SmallIntBits">The target's small-int width.</param>
/// <param name="Version">The package version to append as <c>__version__</c>, or null.</param>
/// <param name="OutputPath">The <c>.mpy</c> to write.</param>
public sealed record CompileJob(string SourcePath, string SourceName, int OptimizationLevel, int SmallIntBits, string? Version, string OutputPath);
