namespace MicroPython.Bytecode.Encoding;

/// <summary>The variable-length integer forms of the <c>.mpy</c> format.</summary>
public static class VarInt
{
    /// <summary>
    /// Encodes <paramref name="value"/> as a varuint into the <em>end</em> of <paramref name="scratch"/>
    /// (at least 10 bytes) and returns how many bytes it took.
    /// </summary>
    public static int EncodeUnsigned(ulong value, Span<byte> scratch)
    {
        var p = scratch.Length;
        scratch[--p] = (byte)(value & 0x7f);
        for (value >>= 7; value != 0; value >>= 7)
        {
            scratch[--p] = (byte)(0x80 | (value & 0x7f));
        }

        return scratch.Length - p;
    }

    /// <summary>How many bytes the varuint form of <paramref name="value"/> takes.</summary>
    public static int UnsignedSize(ulong value)
    {
        var n = 1;
        for (value >>= 7; value != 0; value >>= 7)
        {
            n++;
        }

        return n;
    }

    /// <summary>
    /// Encodes the signed operand of <c>LOAD_CONST_SMALL_INT</c>: two's complement in 7-bit groups,
    /// the first byte's bit 6 carrying the sign.
    /// </summary>
    public static byte[] EncodeSigned(long value)
    {
        Span<byte> scratch = stackalloc byte[11];
        var p = scratch.Length;
        do
        {
            scratch[--p] = (byte)(value & 0x7f);
            value >>= 7;
        }
        while (value != 0 && value != -1);

        if (value == -1 && (scratch[p] & 0x40) == 0)
        {
            scratch[--p] = 0x7f;
        }
        else if (value == 0 && (scratch[p] & 0x40) != 0)
        {
            scratch[--p] = 0;
        }

        for (var i = p; i < scratch.Length - 1; i++)
        {
            scratch[i] |= 0x80;
        }

        return scratch[p..].ToArray();
    }
}
