namespace MicroPython.Bytecode.Encoding;

/// <summary>
/// The byte form MicroPython keeps <c>str</c> and qstr text in: UTF-8 that also carries surrogate
/// code points (a <c>"\ud800"</c> escape becomes <c>ED A0 80</c>), which .NET's UTF-8 encoder would
/// replace. A lone surrogate in a .NET string stands for such a code point; a surrogate pair is the
/// supplementary character it forms.
/// </summary>
public static class Wtf8
{
    /// <summary>The bytes of <paramref name="text"/>.</summary>
    public static byte[] Encode(string text)
    {
        var bytes = new byte[ByteCount(text)];
        Encode(text, bytes);
        return bytes;
    }

    /// <summary>Writes the bytes of <paramref name="text"/> into <paramref name="destination"/>, which holds <see cref="ByteCount"/> of them.</summary>
    public static void Encode(string text, Span<byte> destination)
    {
        // nearly all qstrs and strings are ASCII, which the framework copies a vector at a time
        if (System.Text.Ascii.FromUtf16(text, destination, out _) == System.Buffers.OperationStatus.Done)
        {
            return;
        }

        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                c = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            n += Put(destination[n..], c);
        }
    }

    /// <summary>How many bytes <see cref="Encode(string)"/> makes of <paramref name="text"/>.</summary>
    public static int ByteCount(string text)
    {
        // ASCII text (nearly all) is told a vector at a time: a byte per character
        if (System.Text.Ascii.IsValid(text))
        {
            return text.Length;
        }

        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                count += 4;
                i++;
            }
            else
            {
                count += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }
        }

        return count;
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/>, accepting surrogate code points; false when the bytes are
    /// not UTF-8 of that generalised kind (a stray continuation byte, a truncated or overlong sequence).
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text)
    {
        if (System.Text.Ascii.IsValid(bytes))
        {
            text = System.Text.Encoding.ASCII.GetString(bytes);
            return true;
        }

        var sb = new System.Text.StringBuilder(bytes.Length);
        text = "";
        for (var i = 0; i < bytes.Length;)
        {
            int b = bytes[i];
            int need, cp, min;
            switch (b)
            {
                case < 0x80: sb.Append((char)b); i++; continue;
                case >= 0xc0 and < 0xe0: need = 1; cp = b & 0x1f; min = 0x80; break;
                case >= 0xe0 and < 0xf0: need = 2; cp = b & 0x0f; min = 0x800; break;
                case >= 0xf0 and < 0xf5: need = 3; cp = b & 0x07; min = 0x10000; break;
                default: return false;
            }

            if (i + need >= bytes.Length)
            {
                return false;
            }

            for (var k = 1; k <= need; k++)
            {
                var c = bytes[i + k];
                if ((c & 0xc0) != 0x80)
                {
                    return false;
                }

                cp = (cp << 6) | (c & 0x3f);
            }

            if (cp < min || cp > 0x10ffff)
            {
                return false;
            }

            if (cp < 0x10000)
            {
                sb.Append((char)cp);
            }
            else
            {
                sb.Append(char.ConvertFromUtf32(cp));
            }

            i += need + 1;
        }

        text = sb.ToString();
        return true;
    }

    /// <summary>
    /// Whether well-formed <paramref name="bytes"/> hold a high surrogate directly followed by a low
    /// one, each encoded on its own (<c>ED A0 BD ED B8 80</c>): the one spelling that
    /// <see cref="Encode(string)"/> never makes, since it joins such a pair into one four-byte character.
    /// </summary>
    public static bool HasSplitPair(ReadOnlySpan<byte> bytes)
    {
        // ED A0..AF starts a high surrogate, ED B0..BF a low one
        for (var i = bytes.IndexOf((byte)0xed); i >= 0 && i + 5 < bytes.Length; i = NextEd(bytes, i + 1))
        {
            if (bytes[i + 1] is >= 0xa0 and <= 0xaf && bytes[i + 3] == 0xed && bytes[i + 4] is >= 0xb0 and <= 0xbf)
            {
                return true;
            }
        }

        return false;
    }

    private static int NextEd(ReadOnlySpan<byte> bytes, int from)
    {
        var k = bytes[from..].IndexOf((byte)0xed);
        return k < 0 ? -1 : from + k;
    }

    private static int Put(Span<byte> dest, int c)
    {
        if (c < 0x80)
        {
            dest[0] = (byte)c;
            return 1;
        }

        if (c < 0x800)
        {
            dest[0] = (byte)(0xc0 | (c >> 6));
            dest[1] = (byte)(0x80 | (c & 0x3f));
            return 2;
        }

        if (c < 0x10000)
        {
            dest[0] = (byte)(0xe0 | (c >> 12));
            dest[1] = (byte)(0x80 | ((c >> 6) & 0x3f));
            dest[2] = (byte)(0x80 | (c & 0x3f));
            return 3;
        }

        dest[0] = (byte)(0xf0 | (c >> 18));
        dest[1] = (byte)(0x80 | ((c >> 12) & 0x3f));
        dest[2] = (byte)(0x80 | ((c >> 6) & 0x3f));
        dest[3] = (byte)(0x80 | (c & 0x3f));
        return 4;
    }
}
