using MicroPython.Bytecode;
using MicroPython.Bytecode.Files;
using MicroPython.Freezer.Manifests;

namespace MicroPython.Freezer.Pipeline;

/// <summary>The freezing step shared by <c>dotnet build</c>, <c>mpy freeze</c> and <c>mpy makemanifest</c>: planned modules in, <c>frozen_content.c</c> out.</summary>
public static class FrozenContent
{
    /// <summary>
    /// Gathers the modules of a plan into a request for <see cref="FrozenCWriter"/>: source text read
    /// for <see cref="ManifestEntryKind.Source"/>, prebuilt <c>.mpy</c> files read, and compiled
    /// modules taken from <paramref name="compiled"/>, each keeping its place in the plan.
    /// </summary>
    /// <param name="modules">The plan's modules, in freeze order.</param>
    /// <param name="compiled">The compiled module of the <see cref="ManifestEntryKind.Compile"/> input at an index of <paramref name="modules"/>.</param>
    /// <param name="origin">What the C's <c>// - original source file:</c> line names for the bytecode input at an index.</param>
    /// <param name="firmware">The firmware's qstrs.</param>
    /// <param name="target">The target's integer storage.</param>
    /// <exception cref="FreezerException">A file cannot be read, or a prebuilt <c>.mpy</c> is invalid.</exception>
    public static FreezeRequest Gather(IReadOnlyList<FreezeInput> modules, Func<int, MpyModule> compiled, Func<int, string> origin, FirmwareQstrs firmware, FreezeTarget target)
    {
        ArgumentNullException.ThrowIfNull(modules);
        ArgumentNullException.ThrowIfNull(compiled);
        ArgumentNullException.ThrowIfNull(origin);
        var text = new List<FrozenStrModule>();
        var bytecode = new List<FrozenMpyModule>();
        for (var i = 0; i < modules.Count; i++)
        {
            var module = modules[i];
            switch (module.Kind)
            {
                case ManifestEntryKind.Source:
                    text.Add(new FrozenStrModule(module.FrozenPath, ReadInput(module.FullPath, InputLimits.Source, "source file")));
                    break;
                case ManifestEntryKind.Bytecode:
                    bytecode.Add(new FrozenMpyModule(ReadPrebuilt(module), origin(i)));
                    break;
                default:
                    bytecode.Add(new FrozenMpyModule(compiled(i), origin(i)));
                    break;
            }
        }

        return new FreezeRequest(text, bytecode, firmware, target);
    }

    /// <summary>Writes the C of <paramref name="request"/> to <paramref name="outputPath"/>, replacing it whole (and making its time new).</summary>
    /// <exception cref="FreezerException">The request cannot be frozen, or the file cannot be written.</exception>
    public static void Write(string outputPath, FreezeRequest request)
    {
        var content = FrozenCWriter.Write(request);
        if (FileKinds.Of(outputPath) != FileKind.Special)
        {
            Outputs.SweepTemporaries([Path.GetDirectoryName(Path.GetFullPath(outputPath))!]);
        }

        Outputs.Replace(outputPath, content);
    }

    /// <summary>Reads a file the pipeline takes as input: a regular file of at most <paramref name="limit"/> bytes.</summary>
    /// <exception cref="FreezerException">It does not exist (<see cref="FreezerErrors.MissingFile"/>) or cannot be read (<see cref="DiagnosticCodes.FileNotReadable"/>).</exception>
    public static byte[] ReadInput(string path, long limit, string what)
    {
        try
        {
            return InputFile.ReadAllBytes(path, limit, what);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new FreezerException(FreezerErrors.MissingFile, $"Cannot stat {path}: the file does not exist", path, inner: e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FreezerException(DiagnosticCodes.FileNotReadable, e.Message, path, inner: e);
        }
    }

    private static MpyModule ReadPrebuilt(FreezeInput input)
    {
        try
        {
            return MpyReader.Read(ReadInput(input.FullPath, InputLimits.Mpy, ".mpy file"), input.FullPath);
        }
        catch (MpyFormatException e)
        {
            throw new FreezerException(FreezerErrors.BadMpy, $"cannot freeze {input.FullPath}: {e.Message}", input.ManifestFile ?? input.FullPath, input.Line, inner: e);
        }
    }
}
