using System.Numerics;
using MicroPython.Bytecode;
using MicroPython.Bytecode.Constants;

namespace MicroPython.Compiler.Syntax;

/// <summary>Building nodes: leaves from tokens, and rule nodes with the reference's simplifications.</summary>
internal sealed partial class ParserEngine
{
    // operator leaves carry nothing but their kind, so one instance per kind serves every use
    private static readonly TokenNode[] TokenLeaves = BuildTokenLeaves();

    // a loop, not LINQ over the enum: the ahead-of-time compiled tool would JIT that generic code in every run
    private static TokenNode[] BuildTokenLeaves()
    {
        var kinds = Enum.GetValues<TokenKind>();
        var leaves = new TokenNode[kinds.Length];
        for (var i = 0; i < kinds.Length; i++)
        {
            leaves[i] = new TokenNode(kinds[i], 0, 0);
        }

        return leaves;
    }

    private static TokenNode TokenLeaf(TokenKind kind) => TokenLeaves[(int)kind];

    private void PushToken(Rule rule)
    {
        var line = lexer.TokenLine;
        var column = lexer.TokenColumn;
        var text = lexer.Text;
        switch (lexer.Kind)
        {
            case TokenKind.Name:
            {
                if (text.Length > QstrPool.MaxLength)
                {
                    throw SyntaxErrors.NameTooLong(line, lexer.TokenColumn);
                }

                var name = names.Get(text.Span);
                // a name bound by const() is replaced by its value wherever it is an atom (most
                // modules bind none, and then no name is hashed for it)
                results.Push(rule == Rule.Atom && constants.Count != 0 && constants.TryGetValue(name, out var value)
                    ? value.IsSmallInt ? new SmallIntNode((long)((MpyInt)value.Value).Value, line, column) : new ConstNode(line, column, value.Value)
                    : new IdNode(name, line, column));
                break;
            }

            case TokenKind.Integer:
            {
                var parsed = NumberLiteral.ParseInteger(text.Span, out var error)
                    ?? throw SyntaxErrors.InvalidNumber(error!, line, lexer.TokenColumn);
                results.Push(NumberNode(line, column, PyNumber.OfInt(parsed)));
                break;
            }

            case TokenKind.FloatOrImag:
                if (!NumberLiteral.TryParseFloat(text.Span, out var number, out var imaginary))
                {
                    throw SyntaxErrors.InvalidNumber("invalid syntax for number", line, lexer.TokenColumn);
                }

                results.Push(new ConstNode(line, column, imaginary
                    ? MpyComplex.FromParts(0, number)
                    : MpyFloat.FromValue(number)));
                break;

            case TokenKind.String:
            {
                // long strings (doc strings, mostly) are interned only if the pool already has them
                var value = text.DecodeText();
                if (text.Length <= QstrPool.AlwaysInternLength)
                {
                    pool.Intern(value);
                    results.Push(new StringNode(value, line, column));
                }
                else if (text.Length <= QstrPool.MaxLength && (pool.Contains(value) || (value.IsCanonical && names.SeenInParse(text.Span))))
                {
                    results.Push(new StringNode(value, line, column));
                }
                else
                {
                    results.Push(new ConstNode(line, column, new MpyStr(value)));
                }

                break;
            }

            case TokenKind.Bytes:
                results.Push(new ConstNode(line, column, new MpyBytes(text.ToArray())));
                break;
            default:
                // keyword constants are expressions an error can point at; operators are not
                results.Push(rule == Rule.Atom ? new TokenNode(lexer.Kind, line, column) : TokenLeaf(lexer.Kind));
                break;
        }
    }

    private bool FitsTarget(BigInteger value) => value >= targetMin && value <= targetMax;

    /// <summary>A number as a small-int leaf when the reference would hold it as one that fits the target, else a constant object.</summary>
    private ParseNode NumberNode(int line, int column, PyNumber number)
    {
        if (number.IsFloat)
        {
            return new ConstNode(line, column, MpyFloat.FromValue(number.Float));
        }

        return !number.IsMpz && FitsTarget(number.Int)
            ? new SmallIntNode((long)number.Int, line, column)
            : new ConstNode(line, column, new MpyInt(number.Int));
    }

    /// <summary>The numeric value of a small-int leaf or an int/float constant object, if it is one.</summary>
    private bool TryGetNumber(ParseNode? node, out PyNumber number)
    {
        switch (node)
        {
            case SmallIntNode s:
                number = PyNumber.OfInt(s.Value);
                return true;
            case ConstNode { Value: MpyInt i }:
                // an int constant that fits both ranges can only be an mpz the reference kept as one
                number = PyNumber.OfInt(i.Value) with { IsMpz = !PyNumber.FitsHost(i.Value) || FitsTarget(i.Value) };
                return true;
            case ConstNode { Value: MpyFloat f }:
                number = PyNumber.OfFloat(f.Value);
                return true;
            default:
                number = default;
                return false;
        }
    }

    /// <summary>Completes a rule node over the top <paramref name="count"/> results (the reference's push_result_rule).</summary>
    private void BuildNode(Frame frame, int count)
    {
        var rule = frame.Rule;
        switch (rule)
        {
            case Rule.AtomParen:
                // parentheses around one expression vanish; () and (a, ...) keep them
                if (Peek(0) is not null && !(Peek(0) is RuleNode { Rule: Rule.TestlistComp }))
                {
                    return;
                }

                break;
            case Rule.TestlistComp:
                if (Peek(0) is RuleNode { Rule: Rule.TestlistComp3b })
                {
                    // one item and a trailing comma
                    Pop();
                    count--;
                }
                else if (Peek(0) is RuleNode { Rule: Rule.TestlistComp3c } many)
                {
                    // the item list already took the first item: it becomes the testlist_comp itself
                    Pop();
                    results[^1] = new RuleNode(Rule.TestlistComp, many.Line, many.Column, many.Children);
                    return;
                }

                break;
            case Rule.TestlistComp3c:
                // take the first item, which the enclosing testlist_comp pushed
                count++;
                break;
        }

        if (FoldLogical(rule, ref count) || FoldConstants(rule, count) || BuildConstTuple(frame, count))
        {
            return;
        }

        var node = new RuleNode(rule, frame.Line, frame.Column, results.Top(count));
        results.Drop(count);
        if (rule == Rule.TestlistComp3c)
        {
            // stands in for the first item that was taken from testlist_comp
            results.Push(node);
        }

        results.Push(node);
    }
}
