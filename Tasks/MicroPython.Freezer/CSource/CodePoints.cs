namespace MicroPython.Freezer.CSource;

/// <summary>
/// The code points of a .NET string as MicroPython sees its text: a surrogate pair is one
/// supplementary character, a lone surrogate is a code point of its own (the model keeps them, as
/// MicroPython's WTF-8 strings do).
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
}
