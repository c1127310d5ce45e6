using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MicroPython.Bytecode;
using MicroPython.Bytecode.Constants;

namespace MicroPython.Compiler.Syntax;

/// <summary>
/// A node of the parse tree, in the shape MicroPython's parser builds: leaves for names, small ints,
/// interned strings and tokens, rule nodes with children, and constant-object nodes for values
/// the parser made (floats, big ints, long strings, bytes, constant tuples). An absent optional
/// child is <c>null</c>.
/// </summary>
/// <remarks>
/// Every node knows where its first token is, so that errors can point at it. The two ints cost
/// one word per node, which is about 2% of what a whole compile allocates; operator tokens, the
/// most repeated leaves, stay shared instances and cost nothing.
/// Nodes the parser synthesised or folded (a folded <c>1 + 2</c>, the <c>pass</c> that replaces a
/// private <c>const()</c> binding) and the shared operator tokens have no position (0, 0).
/// </remarks>
public abstract class ParseNode
{
    private protected ParseNode(int line, int column)
    {
        Line = line;
        Column = column;
    }

    /// <summary>The 1-based line of the node's first token, or 0 when the node has no position.</summary>
    public int Line { get; }

    /// <summary>
    /// The 1-based column of the node's first token, counting characters (Unicode code points,
    /// a tab counts as one) from the start of the line; 0 when the node has no position.
    /// </summary>
    public int Column { get; }
}

/// <summary>An identifier.</summary>
/// <param name="name">The identifier.</param>
/// <param name="line">The 1-based line.</param>
/// <param name="column">The 1-based column.</param>
public sealed class IdNode(string name, int line, int column) : ParseNode(line, column)
{
    /// <summary>The identifier.</summary>
    public string Name { get; } = name;

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>An integer that fits the target's small ints.</summary>
/// <param name="value">The value.</param>
/// <param name="line">The 1-based line, or 0 for a folded or synthesised value.</param>
/// <param name="column">The 1-based column, or 0 for a folded or synthesised value.</param>
public sealed class SmallIntNode(long value, int line, int column) : ParseNode(line, column)
{
    /// <summary>The value.</summary>
    public long Value { get; } = value;

    /// <inheritdoc />
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A string literal that was interned (it will load with <c>LOAD_CONST_STRING</c>).</summary>
/// <param name="content">The text, with MicroPython's exact bytes.</param>
/// <param name="line">The 1-based line.</param>
/// <param name="column">The 1-based column.</param>
public sealed class StringNode(MpyText content, int line, int column) : ParseNode(line, column)
{
    /// <summary>The text, with MicroPython's exact bytes (a pair written as two escapes stays two code points).</summary>
    public MpyText Content { get; } = content;

    /// <summary>The text as a .NET string.</summary>
    public string Value => Content.Text;

    /// <inheritdoc />
    public override string ToString() => PythonRepr.OfStr(Content);
}

/// <summary>
/// A token kept as a leaf: a keyword constant such as <c>None</c> (with its position), or an
/// operator the compiler dispatches on (one shared instance per kind, without a position).
/// </summary>
/// <param name="kind">The token kind.</param>
/// <param name="line">The 1-based line, or 0 for a shared operator leaf.</param>
/// <param name="column">The 1-based column, or 0 for a shared operator leaf.</param>
public sealed class TokenNode(TokenKind kind, int line, int column) : ParseNode(line, column)
{
    /// <summary>The token kind.</summary>
    public TokenKind Kind { get; } = kind;

    /// <inheritdoc />
    public override string ToString() => Kind.ToString();
}

/// <summary>A node for one grammar rule, with the position of the token where the rule started.</summary>
/// <remarks>
/// Nearly nine rule nodes in ten have one or two children (a call's parentheses, an attribute, an
/// assignment): the node holds those itself, where an array would cost a second object and its
/// header for every node of the tree; only larger nodes keep their children in an array.
/// </remarks>
public sealed class RuleNode : ParseNode
{
    private readonly InlineChildren inline;
    private readonly ParseNode?[]? many;

    /// <summary>Creates a node of <paramref name="rule"/> over a copy of <paramref name="children"/>.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="line">The 1-based source line (0 for nodes the parser synthesised).</param>
    /// <param name="column">The 1-based column (0 for nodes the parser synthesised).</param>
    /// <param name="children">The rule's children; null where an optional part is absent.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public RuleNode(Rule rule, int line, int column, ReadOnlySpan<ParseNode?> children)
        : base(line, column)
    {
        Rule = rule;
        Count = children.Length;
        // stored one by one: a span copy of one or two references costs a bulk move with barriers
        switch (children.Length)
        {
            case 0:
                break;
            case 1:
                inline[0] = children[0];
                break;
            case 2:
                inline[0] = children[0];
                inline[1] = children[1];
                break;
            default:
                many = children.ToArray();
                break;
        }
    }

    /// <summary>The rule.</summary>
    public Rule Rule { get; }

    /// <summary>The number of children.</summary>
    public int Count { get; }

    /// <summary>The children, in order.</summary>
    public ReadOnlySpan<ParseNode?> Children
    {
        // viewed by hand: the compiler's conversion of an inline array to a span is a call
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => many ?? MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<InlineChildren, ParseNode?>(ref Unsafe.AsRef(in inline)), Count);
    }

    /// <summary>Child <paramref name="index"/>.</summary>
    public ParseNode? this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Children[index];
    }

    /// <inheritdoc />
    public override string ToString() => $"{Rule}({string.Join(", ", Children.ToArray().Select(c => c?.ToString() ?? "null"))})";

    [InlineArray(Length)]
    private struct InlineChildren
    {
        public const int Length = 2;

        private ParseNode? first;
    }
}

/// <summary>A constant object the parser made (the reference's <c>RULE_const_object</c>).</summary>
/// <param name="line">The 1-based line of the literal, or 0 for a folded result.</param>
/// <param name="column">The 1-based column of the literal, or 0 for a folded result.</param>
/// <param name="value">The object.</param>
public sealed class ConstNode(int line, int column, MpyConstant value) : ParseNode(line, column)
{
    /// <summary>The object.</summary>
    public MpyConstant Value { get; } = value;

    /// <inheritdoc />
    public override string ToString() => Value.Repr();
}
