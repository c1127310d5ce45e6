using System.Text.Json;

namespace MicroPython.Freezer.Sizes;

/// <summary>Writes a <see cref="SizeReport"/> as <c>size-report.json</c> (the schema is in the Freezer's README).</summary>
public static class SizeReportJson
{
    /// <summary>The report's JSON bytes (UTF-8, indented, <c>\n</c> line ends, keys in a fixed order).</summary>
    public static byte[] Write(SizeReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("schema", SizeReport.Schema);
            json.WriteString("target", report.Target);
            json.WriteNumber("wordBytes", report.Model.WordBytes);

            json.WriteStartObject("frozen");
            json.WriteNumber("flashBytes", report.FrozenFlashBytes);
            json.WriteNumber("fixedBytes", report.Frozen.Any(m => m.Kind == "mpy") ? report.FrozenFixedBytes : 0);
            json.WriteNumber("qstrsAdded", report.Frozen.Sum(m => m.QstrsAdded));
            json.WriteStartArray("modules");
            foreach (var m in report.Frozen)
            {
                json.WriteStartObject();
                json.WriteString("path", m.Path);
                json.WriteString("package", m.Package);
                json.WriteString("kind", m.Kind);
                json.WriteNumber("flashBytes", m.FlashBytes);
                json.WriteNumber("bytecodeBytes", m.BytecodeBytes);
                json.WriteNumber("rawCodeBytes", m.RawCodeBytes);
                json.WriteNumber("constantBytes", m.ConstantBytes);
                json.WriteNumber("qstrTableBytes", m.QstrTableBytes);
                json.WriteNumber("moduleBytes", m.ModuleBytes);
                json.WriteNumber("qstrsAdded", m.QstrsAdded);
                json.WriteNumber("qstrBytes", m.QstrBytes);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WritePackages(json, report.FrozenPackages);
            json.WriteEndObject();

            if (report.RomfsImageBytes is { } imageBytes)
            {
                json.WriteStartObject("romfs");
                json.WriteNumber("imageBytes", imageBytes);
                json.WriteNumber("qstrsAdded", report.Romfs.Sum(f => f.QstrsAdded));
                json.WriteNumber("qstrRamBytes", report.Romfs.Sum(f => f.QstrRamBytes));
                json.WriteStartArray("files");
                foreach (var f in report.Romfs)
                {
                    json.WriteStartObject();
                    json.WriteString("path", f.Path);
                    json.WriteString("package", f.Package);
                    json.WriteNumber("fileBytes", f.FileBytes);
                    json.WriteNumber("qstrsAdded", f.QstrsAdded);
                    json.WriteNumber("qstrRamBytes", f.QstrRamBytes);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                WritePackages(json, report.RomfsPackages);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("romfs");
            }

            json.WriteNumber("flashBytes", report.TotalFlashBytes);
            if (report.FlashBudgetBytes is { } budget)
            {
                json.WriteNumber("flashBudgetBytes", budget);
            }
            else
            {
                json.WriteNull("flashBudgetBytes");
            }

            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WritePackages(Utf8JsonWriter json, IReadOnlyList<PackageSize> packages)
    {
        json.WriteStartArray("packages");
        foreach (var p in packages)
        {
            json.WriteStartObject();
            json.WriteString("package", p.Package);
            json.WriteNumber("modules", p.Modules);
            json.WriteNumber("bytes", p.FlashBytes);
            json.WriteNumber("qstrsAdded", p.QstrsAdded);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
