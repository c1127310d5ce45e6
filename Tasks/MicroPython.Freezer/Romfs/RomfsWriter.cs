using MicroPython.Bytecode.Encoding;
using MicroPython.Bytecode.Romfs;
using MicroPython.Freezer.Pipeline;

namespace MicroPython.Freezer.Romfs;

/// <summary>
/// Writes a ROMFS image (<c>vfs.VfsRom</c>) byte-identical to v1.28.0 mpremote's <c>VfsRomWriter</c>
/// for the same tree: each entry is a record (varuint kind, varuint length, payload); a directory's
/// payload is its name and its entries' records, a file's is its name and one verbatim data record;
/// entries come in ordinal order of their names; the image is the filesystem kind (<c>d2 cd 31</c>),
/// the length of the records and the records.
/// </summary>
public static class RomfsWriter
{
    /// <summary>The image of <paramref name="root"/>.</summary>
    public static byte[] Write(RomfsFolder root)
    {
        var records = new ByteSink();
        WriteEntries(root, records);

        var image = new ByteSink();
        image.VarUInt((ulong)RomfsRecordKind.Filesystem);
        var lengthBytes = VarUIntLength((ulong)records.Length);

        // The image must have an even size, so that what follows it in flash (or data pointers into
        // it) stays 2-aligned: an odd total gets a redundant 0x80 leading its length, which still
        // decodes to the same number.
        if ((image.Length + lengthBytes + records.Length) % 2 == 1)
        {
            image.Byte(0x80);
        }

        image.VarUInt((ulong)records.Length);
        image.Bytes(records.Span);
        return image.ToArray();
    }

    /// <summary>Writes the image of <paramref name="root"/> to <paramref name="path"/> unless it already holds it, never leaving a partial file.</summary>
    /// <returns>The image's size in bytes.</returns>
    public static int WriteFile(RomfsFolder root, string path)
    {
        var image = Write(root);
        OutputFile.WriteIfChanged(Path.GetFullPath(path), image);
        return image.Length;
    }

    private static void WriteEntries(RomfsFolder folder, ByteSink output)
    {
        foreach (var (name, value) in folder.Entries)
        {
            var payload = new ByteSink();
            payload.VarUInt((ulong)name.Length);
            foreach (var c in name)
            {
                payload.Byte(c);
            }

            if (value is RomfsFolder sub)
            {
                WriteEntries(sub, payload);
                Record(output, RomfsRecordKind.Directory, payload.Span);
            }
            else
            {
                Record(payload, RomfsRecordKind.DataVerbatim, (byte[])value);
                Record(output, RomfsRecordKind.File, payload.Span);
            }
        }
    }

    private static void Record(ByteSink output, RomfsRecordKind kind, ReadOnlySpan<byte> payload)
    {
        output.VarUInt((ulong)kind);
        output.VarUInt((ulong)payload.Length);
        output.Bytes(payload);
    }

    private static int VarUIntLength(ulong value)
    {
        var n = 1;
        while ((value >>= 7) != 0)
        {
            n++;
        }

        return n;
    }
}
