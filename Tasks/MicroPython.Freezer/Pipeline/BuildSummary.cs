using System.Text;

namespace MicroPython.Freezer.Pipeline;

/// <summary>
/// A target's build summary: how many modules it freezes, the bytes of bytecode they carry and the
/// qstrs they add to the firmware's own (those of its <see cref="FirmwareQstrs"/>, as the freezer
/// counts them).
/// </summary>
public static class BuildSummary
{
    /// <summary>The summary's text.</summary>
    public static string Text(string target, FreezeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var added = new HashSet<string>(StringComparer.Ordinal);
        var bytecodeBytes = 0L;
        foreach (var module in request.MpyModules.Select(m => m.Module))
        {
            bytecodeBytes += module.Root.SelfAndDescendants().Sum(code => (long)code.Code.Length);
            added.UnionWith(module.Qstrs.Where(q => !q.IsStatic && !request.Firmware.ContainsText(q.Text)).Select(q => q.Text));
        }

        return new StringBuilder()
            .Append($"target: {target}\n")
            .Append($"modules frozen as bytecode: {request.MpyModules.Count}\n")
            .Append($"bytes of bytecode: {bytecodeBytes}\n")
            .Append($"modules frozen as source: {request.StrModules.Count} ({request.StrModules.Sum(m => (long)m.Content.Length)} bytes)\n")
            .Append($"qstrs added: {added.Count}\n")
            .ToString();
    }

    /// <summary>Writes the summary to <paramref name="outputPath"/>, replacing it whole.</summary>
    /// <param name="outputPath">The summary file.</param>
    /// <param name="target">The board.</param>
    /// <param name="request">What was frozen for it.</param>
    /// <param name="details">Text that follows the summary's figures (the size table).</param>
    /// <exception cref="FreezerException">The file cannot be written.</exception>
    public static void Write(string outputPath, string target, FreezeRequest request, string details = "")
    {
        Outputs.SweepTemporaries([Path.GetDirectoryName(Path.GetFullPath(outputPath))!]);
        Outputs.Replace(outputPath, Encoding.UTF8.GetBytes(Text(target, request) + details));
    }
}
