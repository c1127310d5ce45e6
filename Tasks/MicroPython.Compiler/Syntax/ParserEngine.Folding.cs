using System.Runtime.CompilerServices;
using MicroPython.Bytecode.Constants;

namespace MicroPython.Compiler.Syntax;

/// <summary>
/// The parser's simplifications: folding of <c>not</c>/<c>and</c>/<c>or</c> on constants,
/// numeric folding, <c>const()</c> bindings, <c>math</c> constants and constant tuples.
/// Each returns true when it replaced the rule's results with its own node.
/// </summary>
internal sealed partial class ParserEngine
{
    // the float constants of the math module, the only module mpy-cross folds attributes of
    // (its nan is C's NAN, whose sign bit is clear)
    private static readonly Dictionary<string, double> MathConstants = new(StringComparer.Ordinal)
    {
        ["e"] = Math.E,
        ["pi"] = Math.PI,
        ["tau"] = Math.Tau,
        ["inf"] = double.PositiveInfinity,
        ["nan"] = BitConverter.UInt64BitsToDouble(0x7FF8_0000_0000_0000),
    };

    // BuildNode asks every rule; the few that fold are told apart inline, the folding is a call
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool FoldLogical(Rule rule, ref int count) =>
        rule is Rule.OrTest or Rule.AndTest or Rule.NotTest2 && FoldLogicalOperands(rule, ref count);

    private bool FoldLogicalOperands(Rule rule, ref int count)
    {
        if (rule is Rule.OrTest or Rule.AndTest)
        {
            // keep operands up to the first decisive constant, dropping ones that cannot decide
            var decisive = rule == Rule.OrTest;
            var copyTo = count;
            for (var i = copyTo; i > 0;)
            {
                var node = Peek(--i);
                results[results.Count - copyTo] = node;
                if (i == 0)
                {
                    break;
                }

                if (decisive ? ParseNodeFacts.IsConstTrue(node) : ParseNodeFacts.IsConstFalse(node))
                {
                    break;
                }

                if (!(decisive ? ParseNodeFacts.IsConstFalse(node) : ParseNodeFacts.IsConstTrue(node)))
                {
                    copyTo--;
                }
            }

            copyTo--;
            for (var k = 0; k < copyTo; k++)
            {
                Pop();
            }

            count -= copyTo;
            return count == 1;
        }

        if (rule == Rule.NotTest2)
        {
            var operand = Peek(0);
            TokenKind result;
            if (ParseNodeFacts.IsConstFalse(operand))
            {
                result = TokenKind.KwTrue;
            }
            else if (ParseNodeFacts.IsConstTrue(operand))
            {
                result = TokenKind.KwFalse;
            }
            else
            {
                return false;
            }

            Pop();
            results.Push(TokenLeaf(result));
            return true;
        }

        return false;
    }

    private bool FoldConstants(Rule rule, int count)
    {
        PyNumber value;
        switch (rule)
        {
            case Rule.Expr or Rule.XorExpr or Rule.AndExpr or Rule.Power:
                if (!FoldSameOperator(rule, count, out value))
                {
                    return false;
                }

                break;
            case Rule.ShiftExpr or Rule.ArithExpr or Rule.Term:
                if (!FoldMixedOperators(count, out value))
                {
                    return false;
                }

                break;
            case Rule.Factor2:
                if (!TryGetNumber(Peek(0), out var operand)
                    || !ConstantArithmetic.TryUnary(((TokenNode)Peek(1)!).Kind, operand, out value))
                {
                    return false;
                }

                break;
            case Rule.ExprStmt:
                return BindConst();
            case Rule.AtomExprNormal:
                if (!FoldMathConstant(out value))
                {
                    return false;
                }

                break;
            default:
                return false;
        }

        for (var k = 0; k < count; k++)
        {
            Pop();
        }

        results.Push(NumberNode(0, 0, value));
        return true;
    }

    // a | b | c, a ^ b, a & b, a ** b: one operator between all operands
    private bool FoldSameOperator(Rule rule, int count, out PyNumber value)
    {
        var op = rule switch
        {
            Rule.Expr => TokenKind.OpPipe,
            Rule.XorExpr => TokenKind.OpCaret,
            Rule.AndExpr => TokenKind.OpAmpersand,
            _ => TokenKind.OpDblStar,
        };

        if (!TryGetNumber(Peek(count - 1), out value))
        {
            return false;
        }

        for (var i = count - 2; i >= 0; i--)
        {
            if (!TryGetNumber(Peek(i), out var rhs) || !ConstantArithmetic.TryBinary(op, value, rhs, out value))
            {
                return false;
            }
        }

        return true;
    }

    // a << b >> c, a + b - c, a * b / c: operands alternate with operator tokens
    private bool FoldMixedOperators(int count, out PyNumber value)
    {
        if (!TryGetNumber(Peek(count - 1), out value))
        {
            return false;
        }

        for (var i = count - 2; i >= 1; i -= 2)
        {
            if (!TryGetNumber(Peek(i - 1), out var rhs)
                || !ConstantArithmetic.TryBinary(((TokenNode)Peek(i)!).Kind, value, rhs, out value))
            {
                return false;
            }
        }

        return true;
    }

    private bool FoldMathConstant(out PyNumber value)
    {
        value = default;
        if (Peek(1) is IdNode { Name: "math" }
            && Peek(0) is RuleNode { Rule: Rule.TrailerPeriod } trailer
            && trailer.Children[0] is IdNode attribute
            && MathConstants.TryGetValue(attribute.Name, out var constant))
        {
            value = PyNumber.OfFloat(constant);
            return true;
        }

        return false;
    }

    /// <summary>
    /// <c>NAME = const(value)</c>: records the value for later uses of NAME, and keeps the
    /// assignment with the value in place of the call (or turns it into <c>pass</c> for a
    /// private <c>_NAME</c>). Returns true only in the latter case.
    /// </summary>
    private bool BindConst()
    {
        var assigned = Peek(0);
        if (assigned is null or RuleNode { Rule: Rule.ExprStmtAugassign or Rule.ExprStmtAssignList }
            || Peek(1) is not IdNode target
            || assigned is not RuleNode { Rule: Rule.AtomExprNormal } call
            || call.Children[0] is not IdNode { Name: "const" }
            || call.Children[1] is not RuleNode { Rule: Rule.TrailerParen } arguments)
        {
            return false;
        }

        var valueNode = arguments.Children[0];
        if (!ParseNodeFacts.IsConstant(valueNode))
        {
            throw SyntaxErrors.NotAConstant(call.Line, call.Column);
        }

        var value = ParseNodeFacts.ToConstant(valueNode!);
        constants[target.Name] = new ConstValue(value, valueNode is SmallIntNode);

        if (target.Name.StartsWith('_'))
        {
            Pop();
            Pop();
            BuildNode(new Frame(Rule.PassStmt, 0, 0, 0), 0);
            return true;
        }

        Pop();
        results.Push(valueNode);
        return false;
    }

    /// <summary>Turns a tuple whose items are all constants into one constant tuple object.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool BuildConstTuple(Frame frame, int count) =>
        frame.Rule is Rule.TestlistComp or Rule.TestlistComp3c or Rule.TestlistStarExpr or Rule.Testlist or Rule.Subscriptlist
        && BuildConstTupleOf(frame, count);

    private bool BuildConstTupleOf(Frame frame, int count)
    {
        switch (frame.Rule)
        {
            case Rule.TestlistComp when PendingRule(1) == Rule.AtomParen:
                // (a,)
                return TupleFromResults(frame, count);
            case Rule.TestlistComp3c when PendingRule(3) == Rule.AtomParen:
                // (a, b): the pending testlist_comp_3b and testlist_comp have nothing left to do
                if (TupleFromResults(frame, count))
                {
                    DropPending(2);
                    return true;
                }

                return false;
            case Rule.TestlistStarExpr or Rule.Testlist or Rule.Subscriptlist:
                // x = a, b / return a, b / for x in a, b / x[a, b]
                return TupleFromResults(frame, count);
            default:
                return false;
        }
    }

    private bool TupleFromResults(Frame frame, int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (!ParseNodeFacts.IsConstant(Peek(k)))
            {
                return false;
            }
        }

        var items = new MpyConstant[count];
        for (var k = count - 1; k >= 0; k--)
        {
            items[k] = ParseNodeFacts.ToConstant(Pop()!);
        }

        results.Push(new ConstNode(frame.Line, frame.Column, new MpyTuple(items)));
        return true;
    }
}
