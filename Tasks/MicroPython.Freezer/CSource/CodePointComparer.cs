namespace MicroPython.Freezer.CSource;

/// <summary>Orders strings by Unicode code point (CPython's <c>str</c> order, which is also UTF-8 byte order).</summary>
internal sealed class CodePointComparer : IComparer<string>
{
    public static CodePointComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var n = Math.Min(x.Length, y.Length);
        for (var i = 0; i < n; i++)
        {
            if (x[i] != y[i])
            {
                return Key(x[i]).CompareTo(Key(y[i]));
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    // UTF-16 order differs from code point order only where surrogates meet U+E000–U+FFFF;
    // lifting surrogates above that range restores code point order.
    private static int Key(char c) => char.IsSurrogate(c) ? c + 0x2000 : c;
}
