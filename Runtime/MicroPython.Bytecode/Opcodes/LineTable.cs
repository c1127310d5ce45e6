namespace MicroPython.Bytecode.Opcodes;

/// <summary>The encoded line-number table of a bytecode prelude.</summary>
public static class LineTable
{
    /// <summary>One step of the table: from bytecode offset <paramref name="Offset"/> on, the source line is <paramref name="Line"/>.</summary>
    public readonly record struct Entry(int Offset, int Line);

    /// <summary>Decodes the table into (offset, line) steps, starting from offset 0 and line 1.</summary>
    /// <exception cref="InvalidDataException">The last record is cut short.</exception>
    public static IReadOnlyList<Entry> Decode(ReadOnlySpan<byte> table)
    {
        var entries = new List<Entry>();
        int offset = 0, line = 1;
        for (var i = 0; i < table.Length;)
        {
            var b = table[i++];
            if ((b & 0x80) == 0)
            {
                offset += b & 0x1f;
                line += b >> 5;
            }
            else
            {
                if (i >= table.Length)
                {
                    throw new InvalidDataException("line-number table ends inside a two-byte record");
                }

                offset += b & 0x0f;
                line += ((b >> 4) & 0x07) << 8 | table[i++];
            }

            entries.Add(new Entry(offset, line));
        }

        return entries;
    }

    /// <summary>
    /// Appends the records that advance by <paramref name="bytes"/> bytes of bytecode and
    /// <paramref name="lines"/> source lines, split exactly as MicroPython's emitter splits them.
    /// </summary>
    public static void Encode(Encoding.ByteSink sink, int bytes, int lines)
    {
        while (bytes > 0 || lines > 0)
        {
            if (lines <= 6 || bytes > 15)
            {
                var b = Math.Min(bytes, 31);
                var l = b < bytes ? 0 : Math.Min(lines, 3);
                sink.Byte(l << 5 | b);
                bytes -= b;
                lines -= l;
            }
            else
            {
                var b = Math.Min(bytes, 15);
                var l = Math.Min(lines, 2047);
                sink.Byte(0x80 | (l >> 8) << 4 | b);
                sink.Byte(l & 0xff);
                bytes -= b;
                lines -= l;
            }
        }
    }
}
