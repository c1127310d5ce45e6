using System.Text;
using System.Text.Json;
using MicroPython.Freezer;
using Microsoft.Build.Framework;

namespace MicroPython.Build.Tasks;

/// <summary>
/// Writes a target's image description, <c>image.json</c> in its output folder: the board's
/// profile and its frozen modules in freeze order — a module frozen as text with its source, one
/// frozen as bytecode by its <c>.mpy</c> file in that folder. <c>dotnet run</c> (<c>mpy run
/// --image</c>) boots the board from it without compiling anything again. Paths are relative, so
/// the output is the same wherever the project is built.
/// </summary>
public sealed class WriteMicroPythonImage : Microsoft.Build.Utilities.Task
{
    /// <summary>The target's freeze entries (<see cref="PlanMicroPythonBuild.FreezeEntries"/>).</summary>
    public ITaskItem[] Entries { get; set; } = [];

    /// <summary>The target's name.</summary>
    [Required]
    public string Target { get; set; } = "";

    /// <summary>The target's profile file.</summary>
    [Required]
    public string ProfilePath { get; set; } = "";

    /// <summary>The description to write (in the target's output folder, beside its <c>.mpy</c> tree).</summary>
    [Required]
    public string OutputFile { get; set; } = "";

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            using var profile = JsonDocument.Parse(File.ReadAllText(ProfilePath), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteString("target", Target);
                json.WritePropertyName("profile");
                profile.RootElement.WriteTo(json);
                json.WriteStartArray("frozen");
                foreach (var entry in Entries)
                {
                    WriteEntry(json, entry);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            buffer.WriteByte((byte)'\n');
            WriteIfChanged(buffer.ToArray());
            return !Log.HasLoggedErrors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            Log.LogError(null, DiagnosticCodes.FileNotReadable, null, OutputFile, 0, 0, 0, 0, $"cannot write the image description: {e.Message}");
            return false;
        }
    }

    private static void WriteEntry(Utf8JsonWriter json, ITaskItem entry)
    {
        var frozenPath = entry.GetMetadata("FrozenPath").Replace('\\', '/');
        json.WriteStartObject();
        if (entry.GetMetadata("Kind") == "str")
        {
            json.WriteString("path", frozenPath);
            json.WriteString("kind", "str");
            json.WriteString("source", File.ReadAllText(entry.ItemSpec, Encoding.UTF8));
        }
        else
        {
            // Frozen bytecode is named by its source path in the firmware (mp_frozen_names).
            json.WriteString("path", Path.ChangeExtension(frozenPath, ".py").Replace('\\', '/'));
            json.WriteString("kind", "mpy");
            json.WriteString("file", frozenPath);
        }

        json.WriteEndObject();
    }

    // Written through a temporary file and renamed, and only when it changes, so an interrupted
    // build never leaves half a description and a no-op build leaves the file alone.
    private void WriteIfChanged(byte[] content)
    {
        if (File.Exists(OutputFile) && File.ReadAllBytes(OutputFile).AsSpan().SequenceEqual(content))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputFile))!);
        var temporary = OutputFile + ".tmp-" + Environment.ProcessId;
        try
        {
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, OutputFile, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
