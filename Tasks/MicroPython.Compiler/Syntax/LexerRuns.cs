namespace MicroPython.Compiler.Syntax;

/// <summary>
/// Which bytes the lexer may take or skip in bulk (see <c>Lexer.TakeRun</c>), as 256-entry tables.
/// Every byte in a run is one that a single step would just move past by one column, adding it to
/// the token's text inside a token. None is NUL, the byte 1 that stands for a NUL, a line end, a
/// tab or another control byte: a step treats each of those specially.
/// </summary>
internal static class LexerRuns
{
    /// <summary>The bytes of a name after its first: letters, digits, <c>_</c> and every non-ASCII byte.</summary>
    public static readonly bool[] NameBody = Build(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or >= 0x80);

    /// <summary>The bytes inside a <c>'…'</c> literal that are plain text: no quote, no backslash.</summary>
    public static readonly bool[] InSingleQuotes = Build(c => IsPlainText(c) && c != '\'');

    /// <summary>The bytes inside a <c>"…"</c> literal that are plain text: no quote, no backslash.</summary>
    public static readonly bool[] InDoubleQuotes = Build(c => IsPlainText(c) && c != '"');

    /// <summary>The bytes of a comment that a step just moves past: any but line ends and other control bytes.</summary>
    public static readonly bool[] CommentText = Build(c => c >= 0x20);

    /// <summary>Blanks between tokens and before a line's first token: spaces only (a tab moves to a tab stop).</summary>
    public static readonly bool[] Spaces = Build(c => c == ' ');

    private static bool IsPlainText(int c) => c is (>= 0x20 and not '\\') or >= 0x80;

    private static bool[] Build(Func<int, bool> takes)
    {
        var table = new bool[256];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = takes(c);
        }

        return table;
    }
}
