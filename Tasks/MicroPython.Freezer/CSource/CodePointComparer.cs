using MicroPython.Bytecode;

namespace MicroPython.Freezer.CSource;

/// <summary>
/// Orders text by code point (CPython's <c>str</c> order), which is also the order of its UTF-8
/// bytes, surrogates encoded on their own included.
/// </summary>
internal sealed class CodePointComparer : IComparer<string>, IComparer<MpyText>
{
    public static CodePointComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            var (a, wa) = CodePoints.At(x, i);
            var (b, wb) = CodePoints.At(y, j);
            if (a != b)
            {
                return a.CompareTo(b);
            }

            i += wa;
            j += wb;
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }

    public int Compare(MpyText x, MpyText y) => x.IsCanonical && y.IsCanonical
        ? Compare(x.Text, y.Text)
        : x.ToBytes().AsSpan().SequenceCompareTo(y.ToBytes());
}
