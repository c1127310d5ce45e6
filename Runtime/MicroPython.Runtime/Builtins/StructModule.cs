using System.Buffers.Binary;
using MicroPython.Runtime.Objects;
using static MicroPython.Runtime.Builtins.Args;

namespace MicroPython.Runtime.Builtins;

/// <summary>The struct module: native (aligned) and standard (packed) layouts.</summary>
internal static class StructModule
{
    public static void Fill(PyDict g)
    {
        Def(g, "calcsize", (a, _) => (long)Layout(Str(a[0])).Sum(f => f.Pad + (f.Size * f.Count)));
        Def(g, "pack", (a, _) => new PyBytes(Pack(Str(a[0]), a[1..])));
        Def(g, "unpack", (a, _) => new PyTuple([.. Unpack(Str(a[0]), Seq.Bytes(a[1]), 0)]));
        Def(g, "unpack_from", (a, kw) => new PyTuple([.. Unpack(Str(a[0]), Seq.Bytes(a[1]), (int)Ints.ToLong(Kw(kw, "offset") ?? Opt(a, 2, 0L)))]));
    }

    private readonly record struct Field(char Code, int Size, int Count, int Pad, bool Little);

    private static List<Field> Layout(string fmt)
    {
        var fields = new List<Field>();
        var i = 0;
        var native = true;
        var little = BitConverter.IsLittleEndian;
        if (fmt.Length > 0 && fmt[0] is '<' or '>' or '!' or '=' or '@')
        {
            native = fmt[0] == '@';
            little = fmt[0] is '<' or '=' || (fmt[0] == '@' && BitConverter.IsLittleEndian);
            i = 1;
        }

        var offset = 0;
        while (i < fmt.Length)
        {
            var count = 0;
            var hasCount = false;
            while (i < fmt.Length && char.IsAsciiDigit(fmt[i]))
            {
                count = (count * 10) + (fmt[i++] - '0');
                hasCount = true;
            }

            if (i >= fmt.Length)
            {
                break;
            }

            var c = fmt[i++];
            if (c == ' ')
            {
                continue;
            }

            var size = c switch
            {
                'b' or 'B' or 'x' or 'c' or 's' or '?' => 1,
                'h' or 'H' or 'e' => 2,
                'i' or 'I' or 'l' or 'L' or 'f' => 4,
                'q' or 'Q' or 'd' => 8,
                'P' => 8,
                _ => throw Err.Value("bad typecode"),
            };
            if (!hasCount)
            {
                count = 1;
            }

            var pad = native && c != 's' && offset % size != 0 ? size - (offset % size) : 0;
            if (c == 's')
            {
                fields.Add(new Field(c, count, 1, pad, little));
                offset += pad + count;
            }
            else
            {
                fields.Add(new Field(c, size, count, pad, little));
                offset += pad + (size * count);
            }
        }

        return fields;
    }

    private static byte[] Pack(string fmt, object[] values)
    {
        var output = new List<byte>();
        var vi = 0;
        foreach (var f in Layout(fmt))
        {
            output.AddRange(new byte[f.Pad]);
            if (f.Code == 's')
            {
                var data = Seq.Bytes(values[vi++]);
                output.AddRange(data.Take(f.Size).Concat(new byte[Math.Max(0, f.Size - data.Length)]));
                continue;
            }

            for (var k = 0; k < f.Count; k++)
            {
                if (f.Code == 'x')
                {
                    output.Add(0);
                    continue;
                }

                if (vi >= values.Length)
                {
                    throw Err.Value("not enough arguments");
                }

                var v = values[vi++];
                var buf = new byte[f.Size];
                switch (f.Code)
                {
                    case 'f':
                        BinaryPrimitives.WriteSingleLittleEndian(buf, (float)Floats.ToDouble(v));
                        break;
                    case 'd':
                        BinaryPrimitives.WriteDoubleLittleEndian(buf, Floats.ToDouble(v));
                        break;
                    case 'e':
                        BinaryPrimitives.WriteHalfLittleEndian(buf, (Half)Floats.ToDouble(v));
                        break;
                    case 'c':
                        buf[0] = Seq.Bytes(v)[0];
                        break;
                    default:
                        {
                            var n = Ints.Big(v);
                            var raw = n.ToByteArray();
                            for (var b = 0; b < f.Size; b++)
                            {
                                buf[b] = b < raw.Length ? raw[b] : (byte)(n.Sign < 0 ? 0xff : 0);
                            }

                            break;
                        }
                }

                if (!f.Little)
                {
                    Array.Reverse(buf);
                }

                output.AddRange(buf);
            }
        }

        if (vi < values.Length)
        {
            throw Err.Value("too many arguments");
        }

        return [.. output];
    }

    private static List<object> Unpack(string fmt, byte[] data, int offset)
    {
        var fields = Layout(fmt);
        var total = fields.Sum(f => f.Pad + (f.Size * f.Count));
        if (data.Length - offset < total)
        {
            throw Err.Value("buffer too small");
        }

        var r = new List<object>();
        var p = offset;
        foreach (var f in fields)
        {
            p += f.Pad;
            if (f.Code == 's')
            {
                r.Add(new PyBytes(data[p..(p + f.Size)]));
                p += f.Size;
                continue;
            }

            for (var k = 0; k < f.Count; k++)
            {
                var buf = data[p..(p + f.Size)];
                p += f.Size;
                if (f.Code == 'x')
                {
                    continue;
                }

                if (!f.Little)
                {
                    Array.Reverse(buf);
                }

                r.Add(f.Code switch
                {
                    'f' => (double)BinaryPrimitives.ReadSingleLittleEndian(buf),
                    'd' => BinaryPrimitives.ReadDoubleLittleEndian(buf),
                    'e' => (double)BinaryPrimitives.ReadHalfLittleEndian(buf),
                    'c' => new PyBytes(buf),
                    '?' => buf[0] != 0,
                    'b' or 'h' or 'i' or 'l' or 'q' => Ints.Norm(new System.Numerics.BigInteger(buf, isUnsigned: false)),
                    _ => Ints.Norm(new System.Numerics.BigInteger(buf, isUnsigned: true)),
                });
            }
        }

        return r;
    }
}
