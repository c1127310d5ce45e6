using MicroPython.Bytecode;
using MicroPython.Compiler.Diagnostics;
using MicroPython.Compiler.Hosting;
using MicroPython.Freezer.Pipeline;

namespace MicroPython.Freezer.Romfs;

/// <summary>
/// The tree of a folder on disk as v1.28.0's <c>mpremote romfs build</c> puts it into an image:
/// every file and folder (empty ones too), and with a compiler each <c>x.py</c> as <c>x.mpy</c>
/// compiled as <c>mpy-cross</c> with no options compiles it, unless an <c>x.mpy</c> sits beside it
/// (then both files go in as they are).
/// </summary>
public static class RomfsSourceTree
{
    /// <summary>Reads the tree under <paramref name="directory"/>.</summary>
    /// <param name="directory">The folder to read.</param>
    /// <param name="sourcePrefix">
    /// The folder as the user typed it: mpremote hands <c>mpy-cross</c> the path <c>PREFIX/sub/x.py</c>,
    /// and the compiled module keeps that path as its source name.
    /// </param>
    /// <param name="compiler">Compiles <c>.py</c> files, or null to keep them as source.</param>
    /// <exception cref="FreezerException">A name ROMFS cannot hold, or a module that does not compile.</exception>
    /// <exception cref="IOException">The folder cannot be read.</exception>
    public static RomfsFolder Read(string directory, string sourcePrefix, IModuleCompiler? compiler)
    {
        var root = new RomfsFolder();
        var prefix = sourcePrefix.Replace('\\', '/');
        prefix = prefix.EndsWith('/') ? prefix : prefix + "/";
        Walk(directory, "", prefix, root, compiler);
        return root;
    }

    private static void Walk(string directory, string relative, string prefix, RomfsFolder root, IModuleCompiler? compiler)
    {
        var names = Directory.EnumerateFileSystemEntries(directory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        foreach (var name in names)
        {
            var full = Path.Combine(directory, name);
            var path = relative + name;

            // mpremote stats the path, so a link counts as what it points to.
            if (Directory.Exists(full))
            {
                root.AddFolder(path);
                Walk(full, path + "/", prefix, root, compiler);
            }
            else if (compiler is not null && name.EndsWith(".py", StringComparison.Ordinal) && !File.Exists(full[..^3] + ".mpy"))
            {
                root.AddFile(path[..^3] + ".mpy", MpyWriter.Write(Compile(full, prefix + path, compiler)));
            }
            else
            {
                root.AddFile(path, File.ReadAllBytes(full));
            }
        }
    }

    private static MpyModule Compile(string file, string sourceName, IModuleCompiler compiler)
    {
        try
        {
            var text = SourceDecoder.Decode(File.ReadAllBytes(file));
            return DeepStack.Run(() => compiler.Compile(text, sourceName, 0));
        }
        catch (CompileError e)
        {
            throw new FreezerException(FreezerErrors.CompileFailed, $"error compiling {sourceName}: {e.ExceptionType}: {e.PythonMessage}", file, e.Line, e.Column, e);
        }
    }
}
