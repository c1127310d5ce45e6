namespace MicroPython.Bytecode.Romfs;

/// <summary>
/// A ROMFS image (<c>vfs.VfsRom</c> of MicroPython ≥ 1.25) read into a tree of entries. The image
/// is the encoded kind <see cref="RomfsRecordKind.Filesystem"/> (magic bytes <c>d2 cd 31</c>), the
/// length of its records and the records; each record is a varuint kind, a varuint length and that
/// many bytes. Reading is stricter than the VM, which skips what it cannot decode: every record must
/// lie within its parent, so a corrupt image is reported at the byte where it goes wrong.
/// </summary>
public sealed class RomfsImage
{
    /// <summary>Directories nested deeper are refused, so a crafted image cannot exhaust the stack.</summary>
    public const int MaxDepth = 256;

    private readonly byte[] data;

    private RomfsImage(byte[] data, int recordsStart, int end, RomfsDirectory root)
    {
        this.data = data;
        RecordsStart = recordsStart;
        End = end;
        Root = root;
    }

    /// <summary>The root directory.</summary>
    public RomfsDirectory Root { get; }

    /// <summary>The offset of the first record: data pointers count from here.</summary>
    public int RecordsStart { get; }

    /// <summary>Where the filesystem ends; bytes after it (the rest of a partition) are not part of it.</summary>
    public int End { get; }

    /// <summary>Reads the image file at <paramref name="path"/>.</summary>
    /// <exception cref="RomfsFormatException">The file is not a well-formed ROMFS image.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static RomfsImage ReadFile(string path) => Read(File.ReadAllBytes(path), path);

    /// <summary>Reads an image from <paramref name="data"/>; <paramref name="fileName"/> names it in errors.</summary>
    /// <exception cref="RomfsFormatException">The bytes are not a well-formed ROMFS image.</exception>
    public static RomfsImage Read(byte[] data, string? fileName = null)
    {
        var reader = new Reader(data, fileName);
        var position = 0;
        var kind = reader.UInt(ref position, data.Length, "the image's kind");
        if (kind != (ulong)RomfsRecordKind.Filesystem)
        {
            throw reader.Error(0, "not a ROMFS image (it must start with d2 cd 31)");
        }

        var length = reader.UInt(ref position, data.Length, "the image's length");
        if (length > (ulong)(data.Length - position))
        {
            throw reader.Error(position, $"the image says it holds {length} bytes of records but only {data.Length - position} follow");
        }

        var end = position + (int)length;
        var root = new RomfsDirectory("", reader.Entries(position, end, position, depth: 0));
        return new RomfsImage(data, position, end, root);
    }

    /// <summary>The content of <paramref name="file"/>.</summary>
    public ReadOnlyMemory<byte> Content(RomfsFile file) => data.AsMemory(file.Offset, file.Length);

    /// <summary>The entry at <paramref name="path"/> (<c>lib/x.mpy</c>, an optional leading slash), or null.</summary>
    public RomfsEntry? Find(string path)
    {
        RomfsEntry current = Root;
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current is not RomfsDirectory directory || directory.Entries.FirstOrDefault(e => e.Name == part) is not { } next)
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    private readonly struct Reader(byte[] data, string? fileName)
    {
        public List<RomfsEntry> Entries(int start, int end, int recordsStart, int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error(start, $"directories are nested more than {MaxDepth} deep");
            }

            var entries = new List<RomfsEntry>();
            var position = start;
            while (position < end)
            {
                var recordAt = position;
                var (kind, payloadEnd) = Record(ref position, end);
                if (kind is RomfsRecordKind.Directory or RomfsRecordKind.File)
                {
                    var name = Name(ref position, payloadEnd, recordAt);
                    entries.Add(kind == RomfsRecordKind.Directory
                        ? new RomfsDirectory(name, Entries(position, payloadEnd, recordsStart, depth + 1))
                        : FileData(name, position, payloadEnd, recordsStart, recordAt));
                }

                // Padding, top-level data and kinds newer than this reader are skipped, as the VM does.
                position = payloadEnd;
            }

            return entries;
        }

        private RomfsFile FileData(string name, int start, int end, int recordsStart, int recordAt)
        {
            var position = start;
            while (position < end)
            {
                var dataAt = position;
                var (kind, payloadEnd) = Record(ref position, end);
                if (kind == RomfsRecordKind.DataVerbatim)
                {
                    return new RomfsFile(name, position, payloadEnd - position);
                }

                if (kind == RomfsRecordKind.DataPointer)
                {
                    var size = UInt(ref position, payloadEnd, "a data pointer's size");
                    var offset = UInt(ref position, payloadEnd, "a data pointer's offset");
                    var limit = (ulong)(data.Length - recordsStart);
                    if (offset > limit || size > limit - offset)
                    {
                        throw Error(dataAt, $"file '{name}' points at {size} bytes at offset {offset}, beyond the image");
                    }

                    return new RomfsFile(name, recordsStart + (int)offset, (int)size);
                }

                position = payloadEnd;
            }

            throw Error(recordAt, $"file '{name}' has no data record");
        }

        private (RomfsRecordKind Kind, int PayloadEnd) Record(ref int position, int end)
        {
            var at = position;
            var kind = UInt(ref position, end, "a record's kind");
            var length = UInt(ref position, end, "a record's length");
            if (length > (ulong)(end - position))
            {
                throw Error(at, $"a record of {length} bytes runs past the end of its directory ({end - position} bytes left)");
            }

            return (kind > int.MaxValue ? RomfsRecordKind.Unused : (RomfsRecordKind)kind, position + (int)length);
        }

        private string Name(ref int position, int end, int recordAt)
        {
            var length = UInt(ref position, end, "a name's length");
            if (length > (ulong)(end - position))
            {
                throw Error(recordAt, $"a name of {length} bytes runs past the end of its record");
            }

            if (length == 0)
            {
                throw Error(recordAt, "an entry has an empty name");
            }

            var name = System.Text.Encoding.UTF8.GetString(data, position, (int)length);
            if (name.Contains('/'))
            {
                throw Error(position, $"the name '{name}' contains a slash");
            }

            position += (int)length;
            return name;
        }

        public ulong UInt(ref int position, int end, string what)
        {
            var at = position;
            ulong value = 0;
            while (true)
            {
                if (position >= end)
                {
                    throw Error(at, $"{what} is cut off");
                }

                var b = data[position++];
                if (value > (ulong.MaxValue >> 7))
                {
                    throw Error(at, $"{what} is too large");
                }

                value = (value << 7) | (uint)(b & 0x7F);
                if ((b & 0x80) == 0)
                {
                    return value;
                }
            }
        }

        public RomfsFormatException Error(int offset, string reason) => new(reason, fileName, offset);
    }
}
