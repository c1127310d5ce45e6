namespace MicroPython.Bytecode.Encoding;

/// <summary>
/// A bounds-checked cursor over bytes. Every read that would pass the end, and every varuint that
/// would not fit, throws <see cref="MpyFormatException"/> with the offset where it went wrong.
/// </summary>
internal sealed class ByteSource(ReadOnlyMemory<byte> data, string? fileName, int baseOffset = 0)
{
    private readonly ReadOnlyMemory<byte> data = data;

    /// <summary>The position of the next byte, relative to the start of this source.</summary>
    public int Position { get; private set; }

    /// <summary>How many bytes are left.</summary>
    public int Remaining => data.Length - Position;

    /// <summary>The offset of the next byte within the whole file, for messages.</summary>
    public int FileOffset => baseOffset + Position;

    public byte Byte()
    {
        if (Position >= data.Length)
        {
            throw Error("unexpected end of data");
        }

        return data.Span[Position++];
    }

    public ReadOnlyMemory<byte> Bytes(int count, string what)
    {
        if (count < 0 || count > Remaining)
        {
            throw Error($"{what} of {count} bytes runs past the end of the data ({Remaining} left)");
        }

        var slice = data.Slice(Position, count);
        Position += count;
        return slice;
    }

    /// <summary>Reads a varuint that must be at most <paramref name="max"/> (it names <paramref name="what"/> in errors).</summary>
    public int VarUInt(string what, long max = int.MaxValue)
    {
        var start = FileOffset;
        ulong value = 0;
        byte b;
        do
        {
            b = Byte();
            if (value > (ulong.MaxValue >> 7))
            {
                throw new MpyFormatException($"{what} is too large", fileName, start);
            }

            value = (value << 7) | (uint)(b & 0x7f);
        }
        while ((b & 0x80) != 0);

        if (value > (ulong)max)
        {
            throw new MpyFormatException($"{what} {value} is out of range (at most {max})", fileName, start);
        }

        return (int)value;
    }

    /// <summary>A source over the next <paramref name="count"/> bytes, which this source skips.</summary>
    public ByteSource Sub(int count, string what)
    {
        var offset = FileOffset;
        return new ByteSource(Bytes(count, what), fileName, offset);
    }

    public MpyFormatException Error(string message) => new(message, fileName, FileOffset);

    /// <summary>An error at an earlier position of the file.</summary>
    public MpyFormatException ErrorAt(string message, long fileOffset) => new(message, fileName, fileOffset);
}
