using MicroPython.Bytecode.Constants;

namespace MicroPython.Compiler.Syntax;

/// <summary>
/// Questions about parse nodes that both the parser and the compiler ask, answered as the
/// reference answers them (its <c>mp_parse_node_is_const_*</c> and <c>mp_parse_node_extract_list</c>).
/// </summary>
public static class ParseNodeFacts
{
    /// <summary>
    /// Whether <paramref name="node"/> is a constant: a small int, an interned string,
    /// None/True/False/..., a constant object, or an empty <c>()</c>.
    /// </summary>
    public static bool IsConstant(ParseNode? node) => node switch
    {
        SmallIntNode or StringNode or ConstNode => true,
        TokenNode t => t.Kind is TokenKind.KwNone or TokenKind.KwFalse or TokenKind.KwTrue or TokenKind.Ellipsis,
        RuleNode r => r.Rule == Rule.AtomParen && r.Children[0] is null,
        _ => false,
    };

    /// <summary>The object a constant node stands for (an empty <c>()</c> is the empty tuple).</summary>
    /// <exception cref="ArgumentException">The node is not a constant.</exception>
    public static MpyConstant ToConstant(ParseNode node) => node switch
    {
        SmallIntNode s => new MpyInt(s.Value),
        StringNode s => new MpyStr(s.Content),
        ConstNode c => c.Value,
        TokenNode { Kind: TokenKind.KwNone } => MpySingleton.None,
        TokenNode { Kind: TokenKind.KwFalse } => MpySingleton.False,
        TokenNode { Kind: TokenKind.KwTrue } => MpySingleton.True,
        TokenNode { Kind: TokenKind.Ellipsis } => MpySingleton.Ellipsis,
        RuleNode { Rule: Rule.AtomParen } r when r.Children[0] is null => new MpyTuple([]),
        _ => throw new ArgumentException("not a constant node", nameof(node)),
    };

    /// <summary>Whether <paramref name="node"/> is a constant whose truth value is true.</summary>
    public static bool IsConstTrue(ParseNode? node) => IsConstant(node) && IsTrue(ToConstant(node!));

    /// <summary>Whether <paramref name="node"/> is a constant whose truth value is false.</summary>
    public static bool IsConstFalse(ParseNode? node) => IsConstant(node) && !IsTrue(ToConstant(node!));

    /// <summary>Python truthiness of a constant object.</summary>
    public static bool IsTrue(MpyConstant value) => value switch
    {
        MpySingleton s => s == MpySingleton.True || s == MpySingleton.Ellipsis,
        MpyInt i => !i.Value.IsZero,
        MpyFloat f => f.Value != 0,
        MpyComplex c => c.Real != 0 || c.Imag != 0,
        MpyStr s => s.Value.Length > 0,
        MpyBytes b => b.Value.Length > 0,
        MpyTuple t => t.Items.Count > 0,
        _ => true,
    };
}
