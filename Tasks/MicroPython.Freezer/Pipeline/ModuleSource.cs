using MicroPython.Bytecode.Files;
using MicroPython.Compiler.Hosting;
using MicroPython.Freezer.Manifests;

namespace MicroPython.Freezer.Pipeline;

/// <summary>The text a <c>.py</c> module is compiled from, the same in every path through the pipeline.</summary>
public static class ModuleSource
{
    /// <summary>
    /// As makemanifest.py reads it: UTF-8 text with universal newlines (CR and CRLF become LF, and
    /// nothing else does), and a package version appended as <c>__version__</c> unless the module
    /// already assigns one.
    /// </summary>
    /// <exception cref="MicroPython.Compiler.Diagnostics.CompileError">The file is not UTF-8.</exception>
    /// <exception cref="IOException">The file cannot be read, is not a regular file or is larger than <see cref="InputLimits.Source"/>.</exception>
    public static string Read(string path, string? version)
    {
        var text = SourceDecoder.Decode(InputFile.ReadAllBytes(path, InputLimits.Source, "source file")).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return PackageVersionStamp.Apply(text, version);
    }
}
