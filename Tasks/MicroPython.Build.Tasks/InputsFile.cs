using System.Text;
using MicroPython.Freezer.Pipeline;
using Microsoft.Build.Framework;

namespace MicroPython.Build.Tasks;

/// <summary>
/// A target's list of what it freezes and with which settings, rewritten only when that changes.
/// Timestamps alone cannot see a module removed or a setting changed; this file's timestamp can,
/// so the freeze and summary steps list it among their inputs.
/// </summary>
internal static class InputsFile
{
    private static readonly string[] TargetSettings =
    [
        "ProfilePath", "CompileSmallIntBits", "LongIntImplementation", "MpzDigitSize", "QstrBytesInHash", "QstrBytesInLen", "QstrHeader",
    ];

    public static void WriteIfChanged(string path, ITaskItem target, IEnumerable<ITaskItem> entries)
    {
        var text = new StringBuilder();
        foreach (var name in TargetSettings)
        {
            text.Append(name).Append('=').Append(target.GetMetadata(name)).Append('\n');
        }

        foreach (var entry in entries)
        {
            text.Append(entry.GetMetadata("Kind")).Append(' ').Append(entry.GetMetadata("FrozenPath")).Append(' ').Append(entry.ItemSpec).Append('\n');
        }

        var content = text.ToString();
        if (File.Exists(path) && File.ReadAllText(path) == content)
        {
            return;
        }

        Outputs.Replace(path, Encoding.UTF8.GetBytes(content));
    }
}
