using MicroPython.Bytecode.Constants;

namespace MicroPython.Compiler.Syntax;

/// <summary>
/// A node of the parse tree, in the shape MicroPython's parser builds: leaves for names, small ints,
/// interned strings and tokens, rule nodes with children, and constant-object nodes for values
/// the parser made (floats, big ints, long strings, bytes, constant tuples). An absent optional
/// child is <c>null</c>.
/// </summary>
public abstract class ParseNode
{
    private protected ParseNode()
    {
    }
}

/// <summary>An identifier.</summary>
/// <param name="name">The identifier.</param>
public sealed class IdNode(string name) : ParseNode
{
    /// <summary>The identifier.</summary>
    public string Name { get; } = name;

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>An integer that fits the target's small ints.</summary>
/// <param name="value">The value.</param>
public sealed class SmallIntNode(long value) : ParseNode
{
    /// <summary>The value.</summary>
    public long Value { get; } = value;

    /// <inheritdoc />
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A string literal that was interned (it will load with <c>LOAD_CONST_STRING</c>).</summary>
/// <param name="value">The string.</param>
public sealed class StringNode(string value) : ParseNode
{
    /// <summary>The string.</summary>
    public string Value { get; } = value;

    /// <inheritdoc />
    public override string ToString() => PythonRepr.OfStr(Value);
}

/// <summary>A token kept as a leaf (keywords such as <c>None</c>, operators the compiler dispatches on).</summary>
/// <param name="kind">The token kind.</param>
public sealed class TokenNode(TokenKind kind) : ParseNode
{
    /// <summary>The token kind.</summary>
    public TokenKind Kind { get; } = kind;

    /// <inheritdoc />
    public override string ToString() => Kind.ToString();
}

/// <summary>A node for one grammar rule, with the source line where the rule started.</summary>
/// <param name="rule">The rule.</param>
/// <param name="line">The 1-based source line.</param>
/// <param name="children">The rule's children; null where an optional part is absent.</param>
public sealed class RuleNode(Rule rule, int line, ParseNode?[] children) : ParseNode
{
    /// <summary>The rule.</summary>
    public Rule Rule { get; } = rule;

    /// <summary>The 1-based source line (0 for nodes the parser synthesised).</summary>
    public int Line { get; } = line;

    /// <summary>The children.</summary>
    public ParseNode?[] Children { get; } = children;

    /// <summary>The number of children.</summary>
    public int Count => Children.Length;

    /// <summary>Child <paramref name="index"/>.</summary>
    public ParseNode? this[int index] => Children[index];

    /// <inheritdoc />
    public override string ToString() => $"{Rule}({string.Join(", ", Children.Select(c => c?.ToString() ?? "null"))})";
}

/// <summary>A constant object the parser made (the reference's <c>RULE_const_object</c>).</summary>
/// <param name="line">The 1-based line of the literal, or 0 for a folded result.</param>
/// <param name="value">The object.</param>
public sealed class ConstNode(int line, MpyConstant value) : ParseNode
{
    /// <summary>The 1-based line of the literal, or 0 for a folded result.</summary>
    public int Line { get; } = line;

    /// <summary>The object.</summary>
    public MpyConstant Value { get; } = value;

    /// <inheritdoc />
    public override string ToString() => Value.Repr();
}
