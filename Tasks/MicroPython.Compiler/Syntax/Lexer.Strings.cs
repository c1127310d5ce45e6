using System.Runtime.CompilerServices;

namespace MicroPython.Compiler.Syntax;

/// <summary>
/// String, bytes, f-string and t-string literals. An f-string's replacement fields are cut out of
/// the literal (leaving <c>{}</c> with any conversion and format spec) and re-injected as the
/// source text <c>.format((expr),...)</c>; a t-string becomes the text of a call to
/// <c>__template__</c>. The injected text is lexed like ordinary input, so its names are interned
/// in the same order as the reference's.
/// </summary>
internal sealed partial class Lexer
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPrefixChar(int c) => c is 'r' or 'u' or 'b' or 'f' or 't';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsQuote(int c) => c == '\'' || c == '"';

    // asked before every token: most are names and operators, which neither a quote nor a prefix
    // letter starts, and those are told at the call
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsStringStart() => IsQuote(chr0) || (IsPrefixChar(chr0) && IsPrefixedStringStart());

    private bool IsPrefixedStringStart()
    {
        if (IsQuote(chr1))
        {
            return true;
        }

        var pair = (chr0, chr1);
        var twoCharPrefix = pair is ('r', 'f') or ('f', 'r') or ('r', 't') or ('t', 'r') or ('r', 'b') or ('b', 'r');
        return twoCharPrefix && IsQuote(chr2);
    }

    private void ReadStrings()
    {
        // End marks "no literal yet"; later literals must match the first one's kind
        Kind = TokenKind.End;
        var hadTString = false;

        do
        {
            var isRaw = false;
            var isF = false;
            var isT = false;
            var kind = TokenKind.String;
            var prefixLength = 0;
            switch (chr0)
            {
                case 'u':
                    prefixLength = 1;
                    break;
                case 'b':
                    kind = TokenKind.Bytes;
                    prefixLength = 1;
                    if (chr1 == 'r')
                    {
                        isRaw = true;
                        prefixLength = 2;
                    }

                    break;
                case 'r':
                    isRaw = true;
                    prefixLength = 1;
                    if (chr1 == 'b')
                    {
                        kind = TokenKind.Bytes;
                        prefixLength = 2;
                    }
                    else if (chr1 == 'f')
                    {
                        isF = true;
                        prefixLength = 2;
                    }
                    else if (chr1 == 't')
                    {
                        isT = true;
                        prefixLength = 2;
                    }

                    break;
                case 'f':
                    isF = true;
                    prefixLength = 1;
                    if (chr1 == 'r')
                    {
                        isRaw = true;
                        prefixLength = 2;
                    }

                    break;
                case 't':
                    isT = true;
                    prefixLength = 1;
                    if (chr1 == 'r')
                    {
                        isRaw = true;
                        prefixLength = 2;
                    }

                    break;
            }

            hadTString |= isT;

            if (Kind == TokenKind.End)
            {
                Kind = kind;
            }
            else if (Kind != kind)
            {
                // str and bytes do not concatenate (and an earlier error kind stops the run)
                break;
            }

            for (var k = 0; k < prefixLength; k++)
            {
                NextChar();
            }

            ReadOneLiteral(isRaw, isF, isT);
            SkipWhitespace(stopAtNewline: true);
        }
        while (IsStringStart());

        if (hadTString)
        {
            Text.Add((byte)',');
            Text.Add((byte)')');
            Text.Add((byte)',');
            fstringArgs.Insert(0, Text.Span);
            if (Kind > TokenKind.MalformedFstring)
            {
                Kind = TokenKind.Name;
                Text.Clear();
                Text.Add("__template__");
            }
        }

        if (fstringArgs.Length > 0)
        {
            StartInjecting();
        }
    }

    // switches the input to the extracted arguments, followed by the three look-ahead bytes
    private void StartInjecting()
    {
        fstringArgs.Add((byte)')');
        if (injectIndex == 0)
        {
            inject.Add((byte)chr0);
            inject.Add((byte)chr1);
            inject.Add((byte)chr2);
        }
        else
        {
            injectIndex -= 3;
        }

        inject.Insert(injectIndex, fstringArgs.Span);
        injectedAhead += fstringArgs.Length;
        injectedColumn = TokenColumn;
        fstringArgs.Clear();
        chr0 = inject[injectIndex++];
        chr1 = inject[injectIndex++];
        chr2 = inject[injectIndex++];
    }

    private void ReadOneLiteral(bool isRaw, bool isF, bool isT)
    {
        var quote = chr0 == '"' ? '"' : '\'';
        NextChar();

        var quotes = 1;
        if (chr0 == quote && chr1 == quote)
        {
            NextChar();
            NextChar();
            quotes = 3;
        }

        if (isF && fstringArgs.Length == 0)
        {
            fstringArgs.Add(".format(");
        }

        if (isT && fstringArgs.Length == 0)
        {
            Text.Add((byte)'(');
            Text.Add((byte)'(');
            AddQuotes(Text, quote, quotes);
        }

        var state = new TemplateState();
        var closing = 0;

        // the text of an f-string or t-string is rewritten as it is read; any other is copied
        var plainText = isF || isT ? null : quote == '"' ? inDoubleQuotes : inSingleQuotes;
        while (chr0 != EndOfInput && (quotes > 1 || chr0 != '\n') && closing < quotes)
        {
            if (plainText is not null)
            {
                TakeRun(plainText);
            }

            if (chr0 == quote)
            {
                closing++;
                Text.Add((byte)chr0);
            }
            else if (isT && chr0 == '\n')
            {
                Text.Add((byte)'\\');
                Text.Add((byte)'n');
            }
            else
            {
                closing = 0;
                if ((isF || isT) && chr0 == '{' && ReadReplacementField(isT, quote, quotes, ref state))
                {
                    continue;
                }

                ReadLiteralChar(isRaw, isT, ref state, quote);
            }

            NextChar();
        }

        if (closing < quotes)
        {
            Kind = TokenKind.LonelyStringOpen;
        }

        if (isT)
        {
            if (state.NestedFormatting > 0)
            {
                Kind = TokenKind.MalformedFstring;
            }

            // a call takes at most 255 arguments, so many interpolations travel as one tuple
            if (1 + (state.Interpolations * 4) > 255)
            {
                fstringArgs.Insert(0, "("u8);
                fstringArgs.Add((byte)')');
            }
        }
        else
        {
            Text.Truncate(Text.Length - closing);
        }
    }

    private static void AddQuotes(ByteBuffer buffer, char quote, int count)
    {
        for (var q = 0; q < count; q++)
        {
            buffer.Add((byte)quote);
        }
    }

    /// <summary>
    /// Handles a '{' in an f-/t-string. Returns true when the caller must continue its loop without
    /// consuming a character (the reference's <c>continue_outer</c>); false to treat the current
    /// character as an ordinary one.
    /// </summary>
    private bool ReadReplacementField(bool isT, char quote, int quotes, ref TemplateState state)
    {
        while (chr0 == '{')
        {
            if (state.NestedFormatting > 0)
            {
                // a nested field inside a t-string format spec: kept as text for a later f-string
                state.NestedFormatting++;
                return false;
            }

            NextChar();
            if (chr0 == '{')
            {
                // "{{" stays for str.format to unescape (t-strings keep one brace)
                if (!isT)
                {
                    Text.Add((byte)'{');
                }

                NextChar();
            }
            else
            {
                ExtractField(isT, quote, quotes, ref state);
            }

            Text.Add((byte)'{');
            return true;
        }

        return false;
    }

    private void ExtractField(bool isT, char quote, int quotes, ref TemplateState state)
    {
        fstringArgs.Add((byte)'(');
        var start = fstringArgs.Length;

        // copy the expression up to ':', '}' or a '!r'/'!s' conversion, counting brackets only
        var level = 0u;
        while (chr0 != EndOfInput
               && (level != 0 || !(chr0 == ':' || chr0 == '}' || (chr0 == '!' && (chr1 == 'r' || chr1 == 's') && (chr2 == ':' || chr2 == '}')))))
        {
            var c = chr0;
            if (c == '[' || c == '{')
            {
                level++;
            }
            else if (c == ']' || c == '}')
            {
                level--;
            }

            fstringArgs.Add((byte)c);
            NextChar();
        }

        var wasDebug = false;
        if (fstringArgs[fstringArgs.Length - 1] == '=')
        {
            // f'{a=}' becomes 'a={}'.format(a)
            Text.Add(fstringArgs.Span[start..]);
            fstringArgs.Truncate(fstringArgs.Length - 1);
            wasDebug = true;
        }

        if (isT)
        {
            while (fstringArgs.Length > 0 && IsSpace(fstringArgs[fstringArgs.Length - 1]))
            {
                fstringArgs.Truncate(fstringArgs.Length - 1);
            }
        }

        if (fstringArgs.Length == start)
        {
            Kind = TokenKind.MalformedFstring;
        }

        fstringArgs.Add((byte)')');
        fstringArgs.Add((byte)',');

        if (isT)
        {
            StartInterpolation(quote, quotes, start, wasDebug, ref state);
        }
    }

    private void StartInterpolation(char quote, int quotes, int start, bool wasDebug, ref TemplateState state)
    {
        // the expression's own text, quoted, as the interpolation's expression string
        fstringArgs.Add((byte)quote);
        var length = fstringArgs.Length - start - 3;
        for (var j = 0; j < length; j++)
        {
            var b = fstringArgs[start + j];
            if (b == quote || b == '\\')
            {
                fstringArgs.Add((byte)'\\');
            }

            fstringArgs.Add(b);
        }

        fstringArgs.Add((byte)quote);
        fstringArgs.Add((byte)',');

        AddQuotes(Text, quote, quotes);
        Text.Add((byte)',');
        AddQuotes(Text, quote, quotes);

        if (chr0 == '!')
        {
            NextChar();
            fstringArgs.Add((byte)quote);
            fstringArgs.Add((byte)chr0);
            NextChar();
            fstringArgs.Add((byte)quote);
            fstringArgs.Add((byte)',');
        }
        else if (wasDebug && chr0 != ':')
        {
            fstringArgs.Add("'r',");
        }
        else
        {
            fstringArgs.Add("None,");
        }

        if (chr0 == ':')
        {
            NextChar();
        }

        state.NestedFormatting = 1;
        state.EndOfFormat = Text.Length;
    }

    private void ReadLiteralChar(bool isRaw, bool isT, ref TemplateState state, char quote)
    {
        if (isT && chr0 == '\\')
        {
            // t-string text is re-lexed as a string later, so escapes pass through
            Text.Add((byte)'\\');
            if (isRaw)
            {
                Text.Add((byte)'\\');
            }
            else
            {
                NextChar();
                Text.Add((byte)chr0);
            }
        }
        else if (chr0 == '\\')
        {
            ReadEscape(isRaw);
        }
        else if (isT && state.NestedFormatting > 0 && chr0 == '}')
        {
            EndInterpolationPart(quote, ref state);
        }
        else
        {
            // bytes are copied as they are, which keeps UTF-8 intact
            Text.Add((byte)chr0);
            if (isT && chr0 == '}' && chr1 == '}')
            {
                NextChar();
            }
            else if (isT && chr0 == '}')
            {
                Kind = TokenKind.MalformedFstring;
            }
        }
    }

    private void EndInterpolationPart(char quote, ref TemplateState state)
    {
        if (--state.NestedFormatting > 0)
        {
            state.NeedsFString = true;
            Text.Add((byte)chr0);
            return;
        }

        state.Interpolations++;
        if (state.NeedsFString)
        {
            fstringArgs.Add((byte)'f');
            state.NeedsFString = false;
        }

        // the format spec collected since the field's end becomes its own string argument
        fstringArgs.Add((byte)quote);
        fstringArgs.Add(Text.Span[(state.EndOfFormat + 1)..]);
        Text.Truncate(state.EndOfFormat);
        fstringArgs.Add((byte)quote);
        fstringArgs.Add((byte)',');
    }

    private void ReadEscape(bool isRaw)
    {
        NextChar();
        int c = chr0;
        if (isRaw)
        {
            // raw literals keep the backslash (it still stops a quote from closing)
            Text.Add((byte)'\\');
        }
        else
        {
            switch (c)
            {
                case '\n':
                    return;
                case '\\' or '\'' or '"':
                    break;
                case 'a':
                    c = 0x07;
                    break;
                case 'b':
                    c = 0x08;
                    break;
                case 't':
                    c = 0x09;
                    break;
                case 'n':
                    c = 0x0a;
                    break;
                case 'v':
                    c = 0x0b;
                    break;
                case 'f':
                    c = 0x0c;
                    break;
                case 'r':
                    c = 0x0d;
                    break;
                case 'u' or 'U' when Kind == TokenKind.Bytes:
                    // b'\u1234' is b'\\u1234'
                    Text.Add((byte)'\\');
                    break;
                case 'u' or 'U' or 'x':
                    c = ReadHexEscape(c == 'x' ? 2 : c == 'u' ? 4 : 8);
                    break;
                case 'N':
                    throw SyntaxErrors.UnicodeNameEscape(TokenLine, TokenColumn);
                default:
                    if (c >= '0' && c <= '7')
                    {
                        var digits = 3;
                        var num = c - '0';
                        while (chr1 >= '0' && chr1 <= '7' && --digits != 0)
                        {
                            NextChar();
                            num = (num * 8) + (chr0 - '0');
                        }

                        c = num;
                    }
                    else
                    {
                        // an unknown escape is kept verbatim, backslash included
                        Text.Add((byte)'\\');
                    }

                    break;
            }
        }

        if (c < 0x110000 && Kind == TokenKind.String)
        {
            Text.AddCodePoint(c);
        }
        else if (c < 0x100 && Kind == TokenKind.Bytes)
        {
            Text.Add((byte)c);
        }
        else
        {
            Kind = TokenKind.Invalid;
        }
    }

    private int ReadHexEscape(int digits)
    {
        var num = 0L;
        while (digits-- != 0)
        {
            NextChar();
            if (!IsHexDigit(chr0))
            {
                Kind = TokenKind.Invalid;
                return 0;
            }

            num = (num << 4) + (IsDigit(chr0) ? chr0 - '0' : (chr0 | 0x20) - 'a' + 10);
        }

        // out-of-range values (over 0x10FFFF) are rejected by the caller
        return (int)Math.Min(num, int.MaxValue);
    }

    /// <summary>The t-string bookkeeping of one literal.</summary>
    private struct TemplateState
    {
        public int Interpolations;
        public int EndOfFormat;
        public int NestedFormatting;
        public bool NeedsFString;
    }
}
