using System.Text;

namespace MicroPython.Compiler.Syntax;

/// <summary>
/// Converts between .NET strings and the byte form MicroPython keeps strings in. MicroPython's
/// UTF-8 encoder accepts surrogate code points (an escape like <c>\ud800</c> yields the bytes
/// ED A0 80), so decoding must keep those as lone UTF-16 surrogates instead of replacing them.
/// </summary>
internal static class Utf8Text
{
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var ascii = true;
        foreach (var b in bytes)
        {
            if (b >= 0x80)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return Encoding.ASCII.GetString(bytes);
        }

        var sb = new StringBuilder(bytes.Length);
        for (var i = 0; i < bytes.Length;)
        {
            int b = bytes[i];
            int need;
            int cp;
            if (b < 0x80)
            {
                sb.Append((char)b);
                i++;
                continue;
            }
            else if (b >= 0xf0 && b < 0xf8)
            {
                need = 3;
                cp = b & 0x07;
            }
            else if (b >= 0xe0)
            {
                need = 2;
                cp = b & 0x0f;
            }
            else if (b >= 0xc0)
            {
                need = 1;
                cp = b & 0x1f;
            }
            else
            {
                // a stray continuation byte: keep it visible rather than dropping it
                sb.Append('\uFFFD');
                i++;
                continue;
            }

            if (i + need >= bytes.Length)
            {
                sb.Append('\uFFFD');
                i++;
                continue;
            }

            var ok = true;
            for (var k = 1; k <= need; k++)
            {
                var c = bytes[i + k];
                if ((c & 0xc0) != 0x80)
                {
                    ok = false;
                    break;
                }

                cp = (cp << 6) | (c & 0x3f);
            }

            if (!ok)
            {
                sb.Append('\uFFFD');
                i++;
                continue;
            }

            if (cp > 0x10ffff)
            {
                sb.Append('\uFFFD');
            }
            else if (cp < 0x10000)
            {
                sb.Append((char)cp);
            }
            else
            {
                sb.Append(char.ConvertFromUtf32(cp));
            }

            i += need + 1;
        }

        return sb.ToString();
    }
}
