namespace MicroPython.Bytecode.Encoding;

/// <summary>The bit-interleaved encodings of a bytecode prelude's signature and size fields.</summary>
public static class PreludeCodec
{
    /// <summary>Writes the signature: n_state, n_exc_stack, flags and the three argument counts.</summary>
    public static void WriteSignature(ByteSink sink, int nState, int nExcStack, ScopeFlags flags, int nPosArgs, int nKwOnlyArgs, int nDefPosArgs)
    {
        var s = (uint)(nState - 1);
        var e = (uint)nExcStack;
        var f = (uint)flags & 0x0f;
        var a = (uint)nPosArgs;
        var k = (uint)nKwOnlyArgs;
        var d = (uint)nDefPosArgs;

        var z = (s & 0xf) << 3 | (e & 1) << 2 | (a & 3);
        s >>= 4;
        e >>= 1;
        a >>= 2;
        while ((s | e | f | a | k | d) != 0)
        {
            sink.Byte((int)(0x80 | z));
            z = (f & 1) << 6 | (s & 3) << 4 | (k & 1) << 3 | (a & 1) << 2 | (e & 1) << 1 | (d & 1);
            s >>= 2;
            e >>= 1;
            f >>= 1;
            a >>= 1;
            k >>= 1;
            d >>= 1;
        }

        sink.Byte((int)z);
    }

    /// <summary>Writes the prelude size: bytes of source info and bytes of closure info.</summary>
    public static void WriteSize(ByteSink sink, int nInfo, int nCell)
    {
        var i = (uint)nInfo;
        var c = (uint)nCell;
        do
        {
            var z = (i & 0x3f) << 1 | (c & 1);
            c >>= 1;
            i >>= 6;
            if ((c | i) != 0)
            {
                z |= 0x80;
            }

            sink.Byte((int)z);
        }
        while ((c | i) != 0);
    }

    internal static (int NState, int NExcStack, ScopeFlags Flags, int NPosArgs, int NKwOnlyArgs, int NDefPosArgs) ReadSignature(ByteSource src)
    {
        var z = src.Byte();
        long s = (z >> 3) & 0xf, e = (z >> 2) & 1, f = 0, a = z & 3, k = 0, d = 0;
        for (var n = 0; (z & 0x80) != 0; n++)
        {
            if (n >= 16)
            {
                throw src.Error("prelude signature is too long");
            }

            z = src.Byte();
            s |= (long)((z >> 4) & 3) << (2 * n + 4);
            e |= (long)((z >> 1) & 1) << (n + 1);
            f |= (long)((z >> 6) & 1) << n;
            a |= (long)((z >> 2) & 1) << (n + 2);
            k |= (long)((z >> 3) & 1) << n;
            d |= (long)(z & 1) << n;
        }

        const long limit = 1 << 24;
        if (s + 1 > limit || e > limit || a > limit || k > limit || d > limit || f > 0xf)
        {
            throw src.Error("prelude signature values are out of range");
        }

        return ((int)s + 1, (int)e, (ScopeFlags)f, (int)a, (int)k, (int)d);
    }

    internal static (int NInfo, int NCell) ReadSize(ByteSource src)
    {
        long i = 0, c = 0;
        byte z;
        var n = 0;
        do
        {
            if (n >= 8)
            {
                throw src.Error("prelude size is too long");
            }

            z = src.Byte();
            i |= (long)((z >> 1) & 0x3f) << (6 * n);
            c |= (long)(z & 1) << n;
            n++;
        }
        while ((z & 0x80) != 0);

        if (i > int.MaxValue)
        {
            throw src.Error("prelude size is out of range");
        }

        return ((int)i, (int)c);
    }
}
