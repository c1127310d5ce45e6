using System.Runtime.CompilerServices;
using System.Text;

namespace MicroPython.Compiler.Syntax;

/// <summary>
/// Python's keywords, found from a name's UTF-8 bytes. Every name token is checked, so the table
/// is split by first byte and length: most names share neither with any keyword, and the rest
/// compare against one to three candidates, with no hashing and no widening to UTF-16.
/// </summary>
internal static class LexerKeywords
{
    private const int MaxLength = 9;

    private static readonly Keyword[]?[] ByFirstByteAndLength = Build(
        ("False", TokenKind.KwFalse), ("None", TokenKind.KwNone), ("True", TokenKind.KwTrue),
        ("__debug__", TokenKind.KwDebug), ("and", TokenKind.KwAnd), ("as", TokenKind.KwAs),
        ("assert", TokenKind.KwAssert), ("async", TokenKind.KwAsync), ("await", TokenKind.KwAwait),
        ("break", TokenKind.KwBreak), ("class", TokenKind.KwClass), ("continue", TokenKind.KwContinue),
        ("def", TokenKind.KwDef), ("del", TokenKind.KwDel), ("elif", TokenKind.KwElif),
        ("else", TokenKind.KwElse), ("except", TokenKind.KwExcept), ("finally", TokenKind.KwFinally),
        ("for", TokenKind.KwFor), ("from", TokenKind.KwFrom), ("global", TokenKind.KwGlobal),
        ("if", TokenKind.KwIf), ("import", TokenKind.KwImport), ("in", TokenKind.KwIn),
        ("is", TokenKind.KwIs), ("lambda", TokenKind.KwLambda), ("nonlocal", TokenKind.KwNonlocal),
        ("not", TokenKind.KwNot), ("or", TokenKind.KwOr), ("pass", TokenKind.KwPass),
        ("raise", TokenKind.KwRaise), ("return", TokenKind.KwReturn), ("try", TokenKind.KwTry),
        ("while", TokenKind.KwWhile), ("with", TokenKind.KwWith), ("yield", TokenKind.KwYield));

    /// <summary>Finds the keyword spelled by <paramref name="name"/>, if it is one.</summary>
    /// <param name="name">A name token's bytes.</param>
    /// <param name="kind">The keyword's token kind (<see cref="TokenKind.KwDebug"/> for <c>__debug__</c>).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryFind(ReadOnlySpan<byte> name, out TokenKind kind)
    {
        // most names share no first byte and length with a keyword: that test is inlined
        kind = default;
        return name.Length <= MaxLength && name[0] < 128 && ByFirstByteAndLength[Slot(name[0], name.Length)] is { } candidates
            && TryFindAmong(candidates, name, out kind);
    }

    private static bool TryFindAmong(Keyword[] candidates, ReadOnlySpan<byte> name, out TokenKind kind)
    {
        kind = default;
        foreach (var keyword in candidates)
        {
            if (name.SequenceEqual(keyword.Text))
            {
                kind = keyword.Kind;
                return true;
            }
        }

        return false;
    }

    private static Keyword[]?[] Build(params (string Text, TokenKind Kind)[] keywords)
    {
        var table = new Keyword[]?[Slot(128, 0)];
        foreach (var (text, kind) in keywords)
        {
            var slot = Slot(text[0], text.Length);
            table[slot] = [.. table[slot] ?? [], new Keyword(Encoding.ASCII.GetBytes(text), kind)];
        }

        return table;
    }

    private static int Slot(int first, int length) => (first * (MaxLength + 1)) + length;

    private sealed class Keyword(byte[] text, TokenKind kind)
    {
        public byte[] Text { get; } = text;

        public TokenKind Kind { get; } = kind;
    }
}
