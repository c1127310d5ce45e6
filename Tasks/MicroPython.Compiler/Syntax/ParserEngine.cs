using System.Numerics;
using System.Runtime.CompilerServices;
using MicroPython.Bytecode.Constants;
using MicroPython.Compiler.Hosting;

namespace MicroPython.Compiler.Syntax;

/// <summary>
/// The table-driven parser. Like the reference it never recurses: a stack of rule frames says
/// where each unfinished rule is, and a stack of results holds the nodes built so far. When a
/// rule completes, its node is built from the top results and simplified as the reference does.
/// </summary>
internal sealed partial class ParserEngine
{
    /// <summary>
    /// Deeper nesting than this (some 800 brackets or 1600 blocks) is refused, so that neither
    /// this parser's memory nor the recursive compiler after it can be exhausted by a tree's depth.
    /// </summary>
    private const int MaxRuleDepth = 10_000;

    /// <summary>
    /// How many frames a failing attempt can push before it gives up without consuming a token: a
    /// continuation and a child per rule, and no rule twice (the grammar has no left recursion).
    /// Attempts are skipped only this far below <see cref="MaxRuleDepth"/>, so skipping one never
    /// hides the depth error it would have raised.
    /// </summary>
    private static readonly int FailedAttemptDepth = 2 * Enum.GetValues<Rule>().Length;

    private readonly Lexer lexer;
    private readonly QstrPool pool;
    private readonly BigInteger targetMin;
    private readonly BigInteger targetMax;
    private readonly Dictionary<string, ConstValue> constants = new(StringComparer.Ordinal);
    private readonly NameCache names = NameCache.StartParse();

    // the grammar and start table, held here because precompiled code pays a check on every
    // static field read
    private readonly RuleDefinition[] grammar = Grammar.All;
    private readonly bool[] cannotStart = RuleStarts.Table;
    private readonly bool[] endsAfterFirst = RuleEnds.Table;
    private readonly ushort[] descentNumbers = RuleDescents.Table;
    private readonly RuleDescents.Descent?[] descents = RuleDescents.Traced;
    private readonly int tokenCount = RuleStarts.TokenCount;
    private readonly int skipBelowDepth = MaxRuleDepth - FailedAttemptDepth;
    // kept by each thread for its next parse: most files need the same few hundred slots
    private readonly ArrayStack<Frame> rules = ThreadSpare<ArrayStack<Frame>>.Take(() => new());
    private readonly ArrayStack<ParseNode?> results = ThreadSpare<ArrayStack<ParseNode?>>.Take(() => new());

    // the frames that chain frames hold beyond the one stack slot each takes
    private int hiddenFrames;

    public ParserEngine(byte[] utf8, string sourceName, ParseOptions options)
    {
        targetMin = -(BigInteger.One << (options.SmallIntBits - 1));
        targetMax = (BigInteger.One << (options.SmallIntBits - 1)) - 1;
        pool = new QstrPool(sourceName, options.PreinternedStrings);
        lexer = new Lexer(utf8, options.OptimizationLevel == 0);
    }

    /// <summary>Gives the stacks and name cache back to the thread for its next parse; the engine is not used after this.</summary>
    public void Release()
    {
        ThreadSpare<NameCache>.Keep(names);
        rules.Reset();
        results.Reset();
        ThreadSpare<ArrayStack<Frame>>.Keep(rules);
        ThreadSpare<ArrayStack<ParseNode?>>.Keep(results);
    }

    // how many unfinished rules there are, chained or not: what the depth limit counts
    private int Depth => rules.Count + hiddenFrames;

    /// <summary>How many distinct names the parse has seen: the compiler sizes its tables by it.</summary>
    public int NameCount => names.Count;

    public ParseNode Run()
    {
        PushRule(new Frame(Rule.FileInput, lexer.TokenLine, lexer.TokenColumn, 0));
        var backtrack = false;
        int number;
        while (rules.Count > 0)
        {
            var frame = rules.Pop();
            if (frame.ArgIndex < 0 && !Unchain(ref frame, backtrack))
            {
                continue;
            }

            if (frame.ArgIndex == 1 && !backtrack && Depth < skipBelowDepth
                && endsAfterFirst[((int)frame.Rule * tokenCount) + (int)lexer.Kind] && Peek(0) is not null)
            {
                // a rule that ends with its first argument: that argument's node is its result
                continue;
            }

            if (frame.ArgIndex == 0 && descents[number = DescentNumber(((int)frame.Rule * tokenCount) + (int)lexer.Kind)] is { } descent
                && Depth + descent.FrameCount < skipBelowDepth)
            {
                // a rule just pushed, at a token whose way down is known: replay it
                Descend(frame, descent, number);
                backtrack = false;
                continue;
            }

            var definition = grammar[(int)frame.Rule];
            backtrack = definition.Action switch
            {
                RuleAction.Or => StepOr(frame, definition, backtrack),
                RuleAction.List or RuleAction.OneOrMore or RuleAction.ListWithEnd => StepList(frame, definition, backtrack),
                _ => StepAnd(frame, definition, backtrack),
            };
        }

        if (lexer.Kind != TokenKind.End || results.Count == 0)
        {
            throw SyntaxError();
        }

        return results[0]!;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int DescentNumber(int index)
    {
        var number = descentNumbers[index];
        return number == RuleDescents.NotTraced ? RuleDescents.TraceAt(index) : number;
    }

    /// <summary>
    /// Does what stepping from a fresh <paramref name="frame"/> would do at the current token: push
    /// the continuations on the way down (all at the token's position, as nothing is consumed
    /// before it), then take the token in the rule that takes it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Descend(Frame frame, RuleDescents.Descent descent, int number)
    {
        if (descent.Chain is not null)
        {
            rules.Push(Frame.OfChain(number, frame.Line, frame.Column, descent.FrameCount));
            hiddenFrames += descent.FrameCount - 1;
        }
        else
        {
            foreach (var (rule, argIndex) in descent.Frames)
            {
                rules.Push(new Frame(rule, frame.Line, frame.Column, argIndex));
            }
        }

        if (descent.KeepsToken)
        {
            PushToken(descent.TokenRule);
        }

        lexer.Advance();
    }

    /// <summary>
    /// Takes a popped chain frame apart: drops the frames on its top that end at the current token
    /// (where stepping them would do nothing), puts the rest of the chain back, and gives in
    /// <paramref name="frame"/> the chain's next frame to step, if any is left.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Unchain(ref Frame frame, bool backtrack)
    {
        var chain = descents[(int)frame.Rule]!.Chain!;
        var remaining = frame.ChainLength;
        hiddenFrames -= remaining - 1;

        // the conditions under which Run would drop each of these frames one by one; the depth
        // only falls as they go, so the top one's depth decides for all (and with no result yet,
        // as after a statement's keyword, the top frame is not one that ends)
        if (!backtrack && Depth + remaining - 1 < skipBelowDepth && results.Count > 0 && Peek(0) is not null)
        {
            remaining = chain.Kept(remaining, (int)lexer.Kind);
        }

        if (remaining == 0)
        {
            return false;
        }

        if (remaining > 1)
        {
            rules.Push(frame with { ArgIndex = -(remaining - 1) });
            hiddenFrames += remaining - 2;
        }

        var (rule, argIndex) = chain.Frames[remaining - 1];
        frame = new Frame(rule, frame.Line, frame.Column, argIndex);
        return true;
    }

    /// <summary>The rule of the unfinished frame <paramref name="below"/> places under the top (1 is the top), looking into chains.</summary>
    private Rule? PendingRule(int below)
    {
        for (var i = rules.Count - 1; i >= 0; i--)
        {
            var frame = rules[i];
            var length = frame.ArgIndex < 0 ? frame.ChainLength : 1;
            if (below <= length)
            {
                return frame.ArgIndex < 0 ? descents[(int)frame.Rule]!.Frames[length - below].Rule : frame.Rule;
            }

            below -= length;
        }

        return null;
    }

    /// <summary>Drops the top <paramref name="count"/> unfinished frames, looking into chains.</summary>
    private void DropPending(int count)
    {
        while (count > 0)
        {
            var frame = rules.Pop();
            if (frame.ArgIndex >= 0)
            {
                count--;
                continue;
            }

            var length = frame.ChainLength;
            hiddenFrames -= length - 1;
            if (length > count)
            {
                rules.Push(frame with { ArgIndex = -(length - count) });
                hiddenFrames += length - count - 1;
            }

            count -= Math.Min(length, count);
        }
    }

    private Diagnostics.CompileError SyntaxError() => lexer.Kind switch
    {
        TokenKind.Indent => SyntaxErrors.UnexpectedIndent(lexer.TokenLine, lexer.TokenColumn),
        TokenKind.DedentMismatch => SyntaxErrors.UnindentMismatch(lexer.TokenLine, lexer.TokenColumn),
        TokenKind.MalformedFstring => SyntaxErrors.MalformedFString(lexer.TokenLine, lexer.TokenColumn),
        _ => SyntaxErrors.InvalidSyntax(lexer.TokenLine, lexer.TokenColumn),
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void PushRule(Frame frame)
    {
        if (Depth >= MaxRuleDepth)
        {
            throw SyntaxErrors.TooDeep(lexer.TokenLine, lexer.TokenColumn);
        }

        rules.Push(frame);
    }

    // a child rule records the position of the token current when it starts
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void PushChild(Rule rule) => PushRule(new Frame(rule, lexer.TokenLine, lexer.TokenColumn, 0));

    // whether trying rule now would certainly fail cleanly, so the attempt can be skipped
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool CannotStart(Rule rule) =>
        Depth < skipBelowDepth && cannotStart[((int)rule * tokenCount) + (int)lexer.Kind];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ParseNode? Peek(int depth) => results.Peek(depth);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ParseNode? Pop() => results.Pop();

    private bool StepOr(Frame frame, RuleDefinition definition, bool backtrack)
    {
        var i = frame.ArgIndex;
        if (i > 0 && !backtrack)
        {
            // an alternative already matched
            return false;
        }

        var args = definition.Args;
        for (; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.IsToken)
            {
                if (lexer.Kind == arg.Token)
                {
                    PushToken(frame.Rule);
                    lexer.Advance();
                    return false;
                }
            }
            else if (!CannotStart(arg.Rule))
            {
                if (i + 1 < args.Length)
                {
                    PushRule(frame with { ArgIndex = i + 1 });
                }

                PushChild(arg.Rule);
                return false;
            }
        }

        return true;
    }

    private bool StepAnd(Frame frame, RuleDefinition definition, bool backtrack)
    {
        var args = definition.Args;
        var i = frame.ArgIndex;
        if (backtrack)
        {
            if (args[i - 1].IsOptional)
            {
                results.Push(null);
            }
            else if (i > 1)
            {
                // tokens were consumed, so there is no other way to read them
                throw SyntaxError();
            }
            else
            {
                return true;
            }
        }

        for (; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.IsToken)
            {
                if (lexer.Kind != arg.Token)
                {
                    if (i > 0)
                    {
                        throw SyntaxError();
                    }

                    return true;
                }

                if (arg.Token == TokenKind.Name)
                {
                    PushToken(frame.Rule);
                }

                lexer.Advance();
            }
            else if (CannotStart(arg.Rule))
            {
                // what the failed child would have led to, as in the backtrack case above
                if (arg.IsOptional)
                {
                    results.Push(null);
                }
                else if (i > 0)
                {
                    throw SyntaxError();
                }
                else
                {
                    return true;
                }
            }
            else
            {
                PushRule(frame with { ArgIndex = i + 1 });
                PushChild(arg.Rule);
                return false;
            }
        }

        CompleteAnd(frame, definition);
        return false;
    }

    private void CompleteAnd(Frame frame, RuleDefinition definition)
    {
        // doc strings are disabled: a statement that is only a constant becomes "pass"
        if (frame.Rule == Rule.ExprStmt && Peek(0) is null && Peek(1) is SmallIntNode or StringNode or TokenNode or ConstNode)
        {
            Pop();
            Pop();
            BuildNode(frame with { Rule = Rule.PassStmt }, 0);
            return;
        }

        // only NAME tokens and rule results are on the result stack
        var count = definition.ResultCount;
        if (definition.Action == RuleAction.AndIdent && PresentResults(definition) == 1)
        {
            // a rule with a single real child is just that child
            ParseNode? only = null;
            for (var x = 0; x < count; x++)
            {
                only = Pop() ?? only;
            }

            results.Push(only);
            return;
        }

        if (definition.Action == RuleAction.AndBlank)
        {
            results.Push(null);
            count++;
        }

        BuildNode(frame, count);
    }

    // how many of a finished and rule's results are really there: its name tokens, and its rule
    // arguments that were not absent
    private int PresentResults(RuleDefinition definition)
    {
        var present = 0;
        var depth = 0;
        var args = definition.Args;
        for (var x = args.Length - 1; x >= 0; x--)
        {
            if (!args[x].IsToken)
            {
                present += Peek(depth++) is null ? 0 : 1;
            }
            else if (args[x].Token == TokenKind.Name)
            {
                present++;
                depth++;
            }
        }

        return present;
    }

    private bool StepList(Frame frame, RuleDefinition definition, bool backtrack)
    {
        var args = definition.Args;
        var i = frame.ArgIndex;
        var shape = definition.Action switch
        {
            RuleAction.List => 1,
            RuleAction.OneOrMore => 2,
            _ => 3,
        };

        var trailingSeparator = false;
        if (!backtrack)
        {
            while (true)
            {
                var arg = args[i & 1 & shape];
                if (!arg.IsToken && CannotStart(arg.Rule))
                {
                    // as if the child had been tried and had failed
                    i++;
                    backtrack = true;
                    break;
                }

                if (!arg.IsToken)
                {
                    PushRule(frame with { ArgIndex = i + 1 });
                    PushChild(arg.Rule);
                    return false;
                }

                if (lexer.Kind != arg.Token)
                {
                    i++;
                    backtrack = true;
                    break;
                }

                if ((i & 1 & shape) == 0)
                {
                    // items that are tokens are kept; separators are not
                    PushToken(frame.Rule);
                }

                lexer.Advance();
                i++;
            }
        }

        // an item or separator failed to match: decide whether the list is complete
        if (i == 1)
        {
            return true;
        }

        if (shape != 2 && (i & 1) == 1)
        {
            // an item failed after a separator was eaten
            if (shape != 3)
            {
                throw SyntaxError();
            }

            trailingSeparator = true;
        }

        var n = i - 1;
        if ((shape & 1) == 1 && args[1].IsToken)
        {
            n = (n + 1) / 2;
        }

        if (n != 1 || trailingSeparator)
        {
            BuildNode(frame, n);
        }

        return false;
    }

    /// <summary>
    /// An unfinished rule: where it started and which argument comes next. A negative
    /// <see cref="ArgIndex"/> marks a chain frame instead: the bottom <see cref="ChainLength"/>
    /// frames of the descent numbered <see cref="Rule"/> in <see cref="RuleDescents.Traced"/>, all
    /// started where this frame says.
    /// </summary>
    private readonly record struct Frame(Rule Rule, int Line, int Column, int ArgIndex)
    {
        /// <summary>How many of its chain's frames a chain frame stands for.</summary>
        public int ChainLength => -ArgIndex;

        public static Frame OfChain(int descent, int line, int column, int length) => new((Rule)descent, line, column, -length);
    }

    /// <summary>A name bound with <c>const()</c>: its value, and whether the reference holds it as a small int.</summary>
    private sealed record ConstValue(MpyConstant Value, bool IsSmallInt);
}
