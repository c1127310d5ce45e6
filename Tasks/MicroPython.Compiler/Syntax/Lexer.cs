using System.Runtime.CompilerServices;
using System.Text;

namespace MicroPython.Compiler.Syntax;

/// <summary>
/// Turns MicroPython source into tokens exactly as the v1.28 lexer does: byte-oriented (UTF-8),
/// CR and CRLF read as LF, a final newline added, INDENT/DEDENT from a stack of indentation
/// columns (tab stops of 8), adjacent string literals joined into one token, and f-strings and
/// t-strings rewritten into ordinary source text that is fed back through the lexer.
/// The parser reads the current token from <see cref="Kind"/>, <see cref="Text"/> and the position
/// properties, then calls <see cref="Advance"/>.
/// </summary>
internal sealed partial class Lexer
{
    private const int TabSize = 8;
    private const int EndOfInput = 0;
    private const int InvalidByte = 1;

    private readonly byte[] source;
    private readonly TokenKind debugKeywordValue;
    private readonly ByteBuffer inject = new(0);
    private readonly ByteBuffer fstringArgs = new(0);

    // indentation levels are 16-bit in the reference; keeping that width keeps its behaviour (kept in
    // our own stack type: the ahead-of-time compiled tool would JIT a List<ushort> in every run)
    private readonly ArrayStack<ushort> indentLevels = new();

    // held here because precompiled code pays a check on every static field read
    private readonly bool[] nameBody = LexerRuns.NameBody;
    private readonly bool[] inSingleQuotes = LexerRuns.InSingleQuotes;
    private readonly bool[] inDoubleQuotes = LexerRuns.InDoubleQuotes;
    private readonly bool[] commentText = LexerRuns.CommentText;
    private readonly bool[] blanks = LexerRuns.Spaces;

    private int sourcePos;
    private int injectIndex;
    private int chr0;
    private int chr1;
    private int chr2;
    private int line = 1;
    private long column = -2;
    private long charColumn = -2;

    // how many of the bytes from chr0 on are injected f-string text, and the column of the
    // literal that injected them: its tokens point there, and they do not move the column
    private int injectedAhead;
    private int injectedColumn;
    private int pendingDedents;
    private long nestedBracketLevel;

    /// <summary>Creates a lexer over <paramref name="source"/> and reads its first token.</summary>
    /// <param name="source">The program text.</param>
    /// <param name="debugIsTrue">What <c>__debug__</c> stands for (true at optimisation level 0).</param>
    public Lexer(string source, bool debugIsTrue)
        : this(Encoding.UTF8.GetBytes(source), debugIsTrue)
    {
    }

    /// <summary>Creates a lexer over UTF-8 program text and reads its first token.</summary>
    /// <param name="utf8">The program text as UTF-8; only read, never changed.</param>
    /// <param name="debugIsTrue">What <c>__debug__</c> stands for (true at optimisation level 0).</param>
    public Lexer(byte[] utf8, bool debugIsTrue)
    {
        source = utf8;
        debugKeywordValue = debugIsTrue ? TokenKind.KwTrue : TokenKind.KwFalse;
        indentLevels.Push(0);

        // prime the three-byte window with the reference's dummy bytes, moving the column to 1
        NextChar();
        NextChar();
        NextChar();
        Advance();

        // a first token that is not in column 1 (and is not a blank line) is an unexpected indent
        if (RawColumn != 1 && Kind != TokenKind.Newline)
        {
            Kind = TokenKind.Indent;
        }
    }

    /// <summary>The current token's kind.</summary>
    public TokenKind Kind { get; private set; }

    /// <summary>The current token's text: identifier, number text or string/bytes value (UTF-8).</summary>
    public ByteBuffer Text { get; } = new();

    /// <summary>The current token's 1-based line.</summary>
    public int TokenLine { get; private set; }

    /// <summary>The current token's 1-based column in characters (a tab counts as one).</summary>
    public int TokenColumn { get; private set; }

    private long RawColumn { get; set; }

    /// <summary>Moves to the next token.</summary>
    public void Advance()
    {
        Text.Clear();

        // a NEWLINE token takes the position of the end of the line it terminates
        var hadNewline = SkipWhitespace(stopAtNewline: true);
        TokenLine = line;
        RawColumn = column;
        TokenColumn = injectedAhead > 0 ? injectedColumn : (int)Math.Clamp(charColumn, 1, int.MaxValue);

        if (pendingDedents < 0)
        {
            Kind = TokenKind.Dedent;
            pendingDedents++;
        }
        else if (pendingDedents > 0)
        {
            Kind = TokenKind.Indent;
            pendingDedents--;
        }
        else if (hadNewline)
        {
            SkipWhitespace(stopAtNewline: false);
            Kind = TokenKind.Newline;
            MeasureIndent();
        }
        else if (chr0 == EndOfInput)
        {
            Kind = TokenKind.End;
        }
        else if (IsStringStart())
        {
            ReadStrings();
        }
        else if (IsIdentifierHead(chr0))
        {
            ReadName();
        }
        else if (IsDigit(chr0) || (chr0 == '.' && IsDigit(chr1)))
        {
            ReadNumber();
        }
        else
        {
            ReadOperator();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(int c) => c == ' ' || (c >= 9 && c <= 13);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetter(int c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDigit(int c) => c >= '0' && c <= '9';

    private static bool IsHexDigit(int c) => IsDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');

    // any byte with the high bit set may start or continue a name, which admits UTF-8 identifiers
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsIdentifierHead(int c) => IsLetter(c) || c == '_' || c >= 0x80;

    private void MeasureIndent()
    {
        var spaces = column - 1;
        var top = indentLevels[^1];
        if (spaces == top)
        {
            return;
        }

        if (spaces > top)
        {
            indentLevels.Push((ushort)spaces);
            pendingDedents++;
            return;
        }

        while (spaces < indentLevels[^1])
        {
            indentLevels.Drop(1);
            pendingDedents--;
        }

        if (spaces != indentLevels[^1])
        {
            Kind = TokenKind.DedentMismatch;
        }
    }

    // the lexer's most frequent call: its fast path is inlined at every call site, the rest is not
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void NextChar()
    {
        // most bytes are plain ASCII read straight from the source: one column each, no line end to
        // fold, nothing injected; the general path gives the same result for them
        var c0 = chr0;
        var c2 = chr2;
        if ((uint)(c0 - 0x20) < 0x60 && c2 != '\r' && (injectedAhead | injectIndex) == 0 && (uint)sourcePos < (uint)source.Length)
        {
            column++;
            charColumn++;
            chr0 = chr1;
            chr1 = c2;
            var b = source[sourcePos++];
            chr2 = b == EndOfInput ? InvalidByte : b;
            return;
        }

        NextCharInGeneral();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void NextCharInGeneral()
    {
        var injected = injectedAhead > 0;
        if (injected)
        {
            injectedAhead--;
        }

        if (chr0 == '\n')
        {
            line++;
            column = 1;
            charColumn = injected ? charColumn : 1;
        }
        else if (chr0 == '\t')
        {
            column = ((column - 1 + TabSize) / TabSize * TabSize) + 1;
            charColumn += injected ? 0 : 1;
        }
        else
        {
            column++;
            if ((chr0 & 0xc0) != 0x80 && !injected)
            {
                charColumn++;
            }
        }

        chr0 = chr1;
        chr1 = chr2;

        int next;
        while (true)
        {
            if (injectIndex > 0)
            {
                next = inject[injectIndex++];
                if (injectIndex >= inject.Length)
                {
                    inject.Clear();
                    injectIndex = 0;
                }
            }
            else if (sourcePos < source.Length)
            {
                next = source[sourcePos++];
                if (next == EndOfInput)
                {
                    next = InvalidByte;
                }
            }
            else
            {
                next = EndOfInput;
            }

            if (chr1 == '\r')
            {
                chr1 = '\n';
                if (next == '\n')
                {
                    continue;
                }
            }

            break;
        }

        if (next == EndOfInput && chr1 != EndOfInput && chr1 != '\n')
        {
            next = '\n';
        }

        chr2 = next;
    }

    /// <summary>Skips blanks, comments and line continuations; returns whether it stopped at a newline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool SkipWhitespace(bool stopAtNewline) =>
        // most tokens follow another directly: a printable byte other than these starts no skip
        (chr0 <= ' ' || chr0 == '#' || chr0 == '\\') && SkipWhitespaceAndComments(stopAtNewline);

    private bool SkipWhitespaceAndComments(bool stopAtNewline)
    {
        while (chr0 != EndOfInput)
        {
            if (chr0 == '\n')
            {
                if (stopAtNewline && nestedBracketLevel == 0)
                {
                    return true;
                }

                NextChar();
            }
            else if (IsSpace(chr0))
            {
                SkipRun(blanks);
                NextChar();
            }
            else if (chr0 == '#')
            {
                SkipRun(commentText);
                NextChar();
                while (chr0 != EndOfInput && chr0 != '\n')
                {
                    NextChar();
                }
            }
            else if (chr0 == '\\' && chr1 == '\n')
            {
                NextChar();
                NextChar();
            }
            else
            {
                break;
            }
        }

        return false;
    }

    private void ReadName()
    {
        Kind = TokenKind.Name;
        TakeRun(nameBody);
        Text.Add((byte)chr0);
        NextChar();
        while (nameBody[chr0])
        {
            Text.Add((byte)chr0);
            NextChar();
        }

        if (LexerKeywords.TryFind(Text.Span, out var keyword))
        {
            // __debug__ becomes its value here, so x.__debug__ is a syntax error as in the reference
            Kind = keyword == TokenKind.KwDebug ? debugKeywordValue : keyword;
        }
    }

    /// <summary>
    /// Takes all but the last three of the bytes ahead that <paramref name="run"/> accepts (see
    /// <see cref="LexerRuns"/>) in one go, adding them to the token's text as that many single steps
    /// would; the three-byte window then holds the run's last bytes. Long names and string literals
    /// are read so instead of a byte at a time.
    /// </summary>
    private void TakeRun(bool[] run) => MoveOverRun(run, keep: true);

    /// <summary>Moves past the bytes ahead that <paramref name="run"/> accepts as <see cref="TakeRun"/> does, without keeping them.</summary>
    private void SkipRun(bool[] run) => MoveOverRun(run, keep: false);

    // the test is inlined where a run may start, the move is a call
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void MoveOverRun(bool[] run, bool keep)
    {
        // with nothing injected and the whole window in the run (so no CR in it), the window is the
        // source's bytes just before sourcePos, unchanged
        if ((injectedAhead | injectIndex) == 0 && run[chr0] && run[chr1] && run[chr2])
        {
            MoveOverWindowRun(run, keep);
        }
    }

    private void MoveOverWindowRun(bool[] run, bool keep)
    {
        var start = sourcePos - 3;
        var end = sourcePos;
        while (end < source.Length && run[source[end]])
        {
            end++;
        }

        var taken = end - 3 - start;
        if (taken <= 0)
        {
            return;
        }

        var bytes = source.AsSpan(start, taken);
        if (keep)
        {
            Text.Add(bytes);
        }

        column += taken;
        charColumn += Ascii.IsValid(bytes) ? taken : CharacterCount(bytes);
        chr0 = source[end - 3];
        chr1 = source[end - 2];
        chr2 = source[end - 1];
        sourcePos = end;
    }

    // a character is counted at its first byte
    private static int CharacterCount(ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        foreach (var b in utf8)
        {
            count += (b & 0xc0) != 0x80 ? 1 : 0;
        }

        return count;
    }

    private void ReadNumber()
    {
        var forcedInteger = false;
        if (chr0 == '.')
        {
            Kind = TokenKind.FloatOrImag;
        }
        else
        {
            Kind = TokenKind.Integer;
            var c1 = chr1 | 0x20;
            forcedInteger = chr0 == '0' && (c1 == 'b' || c1 == 'o' || c1 == 'x');
        }

        Text.Add((byte)chr0);
        NextChar();
        while (chr0 != EndOfInput)
        {
            if (!forcedInteger && (chr0 == 'e' || chr0 == 'E'))
            {
                Kind = TokenKind.FloatOrImag;
                Text.Add((byte)'e');
                NextChar();
                if (chr0 == '+' || chr0 == '-')
                {
                    Text.Add((byte)chr0);
                    NextChar();
                }
            }
            else if (IsLetter(chr0) || IsDigit(chr0) || chr0 == '.')
            {
                if (chr0 == '.' || chr0 == 'j' || chr0 == 'J')
                {
                    Kind = TokenKind.FloatOrImag;
                }

                Text.Add((byte)chr0);
                NextChar();
            }
            else if (chr0 == '_')
            {
                NextChar();
            }
            else
            {
                break;
            }
        }
    }

    private void ReadOperator()
    {
        var c = chr0;
        NextChar();
        Kind = c switch
        {
            '(' => TokenKind.DelParenOpen,
            ')' => TokenKind.DelParenClose,
            '[' => TokenKind.DelBracketOpen,
            ']' => TokenKind.DelBracketClose,
            '{' => TokenKind.DelBraceOpen,
            '}' => TokenKind.DelBraceClose,
            ',' => TokenKind.DelComma,
            ';' => TokenKind.DelSemicolon,
            '~' => TokenKind.OpTilde,
            ':' => Follow('=', TokenKind.OpAssign, TokenKind.DelColon),
            '<' => Doubled('<', TokenKind.OpLess, TokenKind.OpLessEqual, TokenKind.OpDblLess, TokenKind.DelDblLessEqual),
            '>' => Doubled('>', TokenKind.OpMore, TokenKind.OpMoreEqual, TokenKind.OpDblMore, TokenKind.DelDblMoreEqual),
            '*' => Doubled('*', TokenKind.OpStar, TokenKind.DelStarEqual, TokenKind.OpDblStar, TokenKind.DelDblStarEqual),
            '/' => Doubled('/', TokenKind.OpSlash, TokenKind.DelSlashEqual, TokenKind.OpDblSlash, TokenKind.DelDblSlashEqual),
            '+' => Follow('=', TokenKind.DelPlusEqual, TokenKind.OpPlus),
            '-' => chr0 == '>' ? Take(TokenKind.DelMinusMore) : Follow('=', TokenKind.DelMinusEqual, TokenKind.OpMinus),
            '&' => Follow('=', TokenKind.DelAmpersandEqual, TokenKind.OpAmpersand),
            '|' => Follow('=', TokenKind.DelPipeEqual, TokenKind.OpPipe),
            '%' => Follow('=', TokenKind.DelPercentEqual, TokenKind.OpPercent),
            '^' => Follow('=', TokenKind.DelCaretEqual, TokenKind.OpCaret),
            '@' => Follow('=', TokenKind.DelAtEqual, TokenKind.OpAt),
            '=' => Follow('=', TokenKind.OpDblEqual, TokenKind.DelEqual),
            '!' => Follow('=', TokenKind.OpNotEqual, TokenKind.Invalid),
            '.' => chr0 == '.' && chr1 == '.' ? TakeTwo(TokenKind.Ellipsis) : TokenKind.DelPeriod,
            _ => TokenKind.Invalid,
        };

        // brackets join lines: newlines inside them are not tokens
        switch (Kind)
        {
            case TokenKind.DelParenOpen or TokenKind.DelBracketOpen or TokenKind.DelBraceOpen:
                nestedBracketLevel++;
                break;
            case TokenKind.DelParenClose or TokenKind.DelBracketClose or TokenKind.DelBraceClose:
                nestedBracketLevel--;
                break;
        }
    }

    private TokenKind Take(TokenKind kind)
    {
        NextChar();
        return kind;
    }

    private TokenKind TakeTwo(TokenKind kind)
    {
        NextChar();
        NextChar();
        return kind;
    }

    private TokenKind Follow(char next, TokenKind matched, TokenKind alone) => chr0 == next ? Take(matched) : alone;

    // operators such as < <= << <<= : a doubled character may itself take an '='
    private TokenKind Doubled(char self, TokenKind alone, TokenKind withEqual, TokenKind twice, TokenKind twiceWithEqual)
    {
        if (chr0 == '=')
        {
            return Take(withEqual);
        }

        if (chr0 == self)
        {
            NextChar();
            return Follow('=', twiceWithEqual, twice);
        }

        return alone;
    }
}
