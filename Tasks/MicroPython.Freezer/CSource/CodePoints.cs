using MicroPython.Bytecode;

namespace MicroPython.Freezer.CSource;

/// <summary>
/// The code points of text as MicroPython sees it: a surrogate pair in a .NET string is one
/// supplementary character, a lone surrogate is a code point of its own (the model keeps them, as
/// MicroPython's WTF-8 strings do), and a pair written as two escapes stays two code points.
/// </summary>
internal static class CodePoints
{
    /// <summary>The code point starting at <paramref name="i"/> and how many chars it spans.</summary>
    public static (int Value, int Width) At(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            ? (char.ConvertToUtf32(text[i], text[i + 1]), 2)
            : (text[i], 1);

    /// <summary>How many code points <paramref name="text"/> has (CPython's <c>len</c>).</summary>
    public static int Count(string text)
    {
        var n = 0;
        for (var i = 0; i < text.Length; i += At(text, i).Width)
        {
            n++;
        }

        return n;
    }

    /// <summary>How many code points <paramref name="text"/> has.</summary>
    public static int Count(MpyText text) => text.IsCanonical ? Count(text.Text) : Of(text).Length;

    /// <summary>The code points of <paramref name="text"/>, one per UTF-8 sequence of its bytes.</summary>
    public static int[] Of(MpyText text)
    {
        var result = new List<int>(text.Text.Length);
        if (text.IsCanonical)
        {
            for (var i = 0; i < text.Text.Length;)
            {
                var (c, width) = At(text.Text, i);
                result.Add(c);
                i += width;
            }

            return [.. result];
        }

        var bytes = text.ToBytes();
        for (var i = 0; i < bytes.Length;)
        {
            int lead = bytes[i];
            var (width, c) = lead < 0x80 ? (1, lead) : lead < 0xe0 ? (2, lead & 0x1f) : lead < 0xf0 ? (3, lead & 0x0f) : (4, lead & 0x07);
            for (var k = 1; k < width; k++)
            {
                c = (c << 6) | (bytes[i + k] & 0x3f);
            }

            result.Add(c);
            i += width;
        }

        return [.. result];
    }
}
