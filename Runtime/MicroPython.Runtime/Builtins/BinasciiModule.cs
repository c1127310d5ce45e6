using MicroPython.Runtime.Objects;
using static MicroPython.Runtime.Builtins.Args;

namespace MicroPython.Runtime.Builtins;

/// <summary>The binascii module: hex and base64 conversions and CRC-32.</summary>
internal static class BinasciiModule
{
    public static void Fill(PyDict g)
    {
        Def(g, "hexlify", (a, _) =>
        {
            var hex = Convert.ToHexStringLower(Seq.Bytes(a[0]));
            if (a.Length > 1 && a[1] != Ops.None && (a[1] is string text ? System.Text.Encoding.UTF8.GetBytes(text) : Seq.Bytes(a[1])) is [var sep] && hex.Length > 0)
            {
                hex = string.Join((char)sep, Enumerable.Range(0, hex.Length / 2).Select(i => hex.Substring(2 * i, 2)));
            }

            return new PyBytes(System.Text.Encoding.Latin1.GetBytes(hex));
        });
        Def(g, "unhexlify", (a, _) =>
        {
            var text = a[0] is string s ? s : System.Text.Encoding.Latin1.GetString(Seq.Bytes(a[0]));
            if (text.Length % 2 != 0)
            {
                throw Err.Value("odd-length string");
            }

            try
            {
                return new PyBytes(Convert.FromHexString(text));
            }
            catch (FormatException)
            {
                throw Err.Value("non-hex digit found");
            }
        });
        Def(g, "b2a_base64", (a, kw) =>
        {
            var text = Convert.ToBase64String(Seq.Bytes(a[0]));
            var newline = Ops.Truth(Kw(kw, "newline") ?? true);
            return new PyBytes(System.Text.Encoding.Latin1.GetBytes(newline ? text + "\n" : text));
        });
        Def(g, "a2b_base64", (a, _) => new PyBytes(DecodeBase64(a[0] is string s ? System.Text.Encoding.Latin1.GetBytes(s) : Seq.Bytes(a[0]))));
        Def(g, "crc32", (a, _) =>
        {
            var start = a.Length > 1 ? (uint)(Ints.ToLong(a[1]) & 0xFFFF_FFFF) : 0u;
            return (long)UpdateCrc(start, Seq.Bytes(a[0]));
        });
    }

    // CRC-32 (IEEE, reflected) continued from a previous value, as zlib's crc32(data, value).
    private static uint UpdateCrc(uint value, byte[] data)
    {
        var crc = ~value;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB8_8320u : crc >> 1;
            }
        }

        return ~crc;
    }

    // As MicroPython: characters outside the alphabet are skipped; padding ends the data only where
    // it completes a group, and leftover bits are an error.
    private static byte[] DecodeBase64(byte[] input)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        var output = new List<byte>();
        int bits = 0, count = 0;
        var hadPad = false;
        foreach (var c in input)
        {
            if (c == '=')
            {
                if (count == 2 || (count == 4 && hadPad))
                {
                    count = 0;
                    break;
                }

                hadPad = true;
            }

            var v = alphabet.IndexOf((char)c, StringComparison.Ordinal);
            if (v < 0)
            {
                continue;
            }

            hadPad = false;
            bits = ((bits << 6) | v) & 0xFFFFFF;
            count += 6;
            if (count >= 8)
            {
                count -= 8;
                output.Add((byte)(bits >> count));
            }
        }

        if (count != 0)
        {
            throw Err.Value("incorrect padding");
        }

        return [.. output];
    }
}
