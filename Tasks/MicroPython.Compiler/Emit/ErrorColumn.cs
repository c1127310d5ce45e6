namespace MicroPython.Compiler.Emit;

/// <summary>
/// Finds a column for a compile error. Parse nodes carry only lines, so the column is where the
/// construct the message names starts on that line (<c>return</c> for "'return' outside
/// function"), or else the line's first non-blank character.
/// </summary>
internal static class ErrorColumn
{
    public static int Find(string source, int line, string message)
    {
        if (line <= 0)
        {
            return 0;
        }

        var start = 0;
        for (var l = 1; l < line; l++)
        {
            var next = source.IndexOf('\n', start);
            if (next < 0)
            {
                return 0;
            }

            start = next + 1;
        }

        var end = source.IndexOf('\n', start);
        var text = source.AsSpan(start, (end < 0 ? source.Length : end) - start);
        foreach (var keyword in KeywordsFor(message))
        {
            var at = FindWord(text, keyword);
            if (at >= 0)
            {
                return at + 1;
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not (' ' or '\t' or '\f' or '\r'))
            {
                return i + 1;
            }
        }

        return 1;
    }

    private static string[] KeywordsFor(string message) => message switch
    {
        CompilerErrors.BreakOutsideLoop => ["break", "continue"],
        CompilerErrors.ReturnOutsideFunction => ["return"],
        CompilerErrors.YieldOutsideFunction => ["yield"],
        CompilerErrors.AwaitOutsideFunction => ["await"],
        CompilerErrors.AsyncOutsideAsync => ["async"],
        CompilerErrors.ImportStarNotModule => ["import"],
        CompilerErrors.RedefinedAsGlobal => ["global"],
        CompilerErrors.RedefinedAsNonlocal or CompilerErrors.NoNonlocalBinding or CompilerErrors.NonlocalAtModule => ["nonlocal"],
        CompilerErrors.DefaultExceptNotLast => ["except"],
        CompilerErrors.CannotDelete => ["del"],
        CompilerErrors.StarAfterDoubleStar or CompilerErrors.PositionalAfterDoubleStar => ["**"],
        CompilerErrors.InvalidDecorator or CompilerErrors.InvalidArch => ["micropython"],
        CompilerErrors.SuperNoSelf => ["super"],
        _ => [],
    };

    /// <summary>The index of <paramref name="word"/> standing alone (not inside a longer name), or -1.</summary>
    private static int FindWord(ReadOnlySpan<char> text, string word)
    {
        for (var from = 0; from <= text.Length - word.Length;)
        {
            var at = text[from..].IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            at += from;
            var before = at == 0 || !IsNameChar(text[at - 1]);
            var afterIndex = at + word.Length;
            var after = afterIndex >= text.Length || !IsNameChar(text[afterIndex]) || !IsNameChar(word[^1]);
            if (before && after)
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
