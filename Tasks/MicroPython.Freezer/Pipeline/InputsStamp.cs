using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MicroPython.Bytecode.Files;
using MicroPython.Freezer.Manifests;

namespace MicroPython.Freezer.Pipeline;

/// <summary>
/// A fingerprint of everything a <c>frozen_content.c</c> is made from — manifests, selected files,
/// the qstr header, the target and the compiler — kept beside the output, so an
/// unchanged rebuild skips reading modules and writing C altogether. Unlike makemanifest's
/// newest-input check it also notices removed modules and changed settings.
/// </summary>
internal static class InputsStamp
{
    public static string PathFor(string output) => output + ".stamp";

    public static string Compute(MakeManifestRequest request, ManifestEvaluation evaluation, string headerPath, IModuleCompiler compiler)
    {
        var sb = new StringBuilder();
        sb.Append("frozen-content-stamp 1\n").Append(compiler.CacheKey).Append('\n')
            .Append(request.Target).Append('\n').Append(request.BuildDirectory).Append('\n');
        File(sb, headerPath);
        foreach (var m in evaluation.ManifestFiles)
        {
            File(sb, m);
        }

        foreach (var e in evaluation.Entries)
        {
            sb.Append(e.Kind).Append('|').Append(e.TargetPath).Append('|').Append(e.OptimizationLevel).Append('|').Append(e.Version).Append('|');
            File(sb, e.FullPath);
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>Whether <paramref name="output"/> was made from inputs with this fingerprint and has not been touched since.</summary>
    public static bool IsCurrent(string output, string fingerprint)
    {
        var stamp = PathFor(output);
        if (FileKinds.Of(stamp) != FileKind.Regular || !System.IO.File.Exists(output))
        {
            return false;
        }

        return System.IO.File.ReadAllText(stamp) == Content(output, fingerprint);
    }

    public static void Record(string output, string fingerprint) =>
        OutputFile.WriteIfChanged(PathFor(output), Encoding.UTF8.GetBytes(Content(output, fingerprint)));

    private static string Content(string output, string fingerprint)
    {
        var info = new FileInfo(output);
        return string.Create(CultureInfo.InvariantCulture, $"{fingerprint}\n{info.Length}\n{info.LastWriteTimeUtc.Ticks}\n");
    }

    // By content, not time: file times are too coarse to tell quick successive edits apart. Only a
    // regular file is read: a device or pipe may never end (reading it for real reports the error).
    private static void File(StringBuilder sb, string path)
    {
        sb.Append(path).Append('|');
        var kind = FileKinds.Of(path);
        try
        {
            if (kind == FileKind.Regular)
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
                sb.Append(Convert.ToHexString(SHA256.HashData(stream))).Append('\n');
                return;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable: reading it for real reports the error.
        }

        sb.Append(kind).Append('\n');
    }
}
