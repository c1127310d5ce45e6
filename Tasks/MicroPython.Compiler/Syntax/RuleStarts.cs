using System.Collections;

namespace MicroPython.Compiler.Syntax;

/// <summary>
/// Which tokens can start each rule, for the rules that fail cleanly: tried at any other token, such
/// a rule gives up without consuming a token, building a node or raising an error. The parser skips
/// those attempts instead of pushing frames only to pop them again; most attempts are of this kind
/// (every statement is first tried as <c>if</c>, <c>while</c>, <c>for</c> …).
/// </summary>
/// <remarks>
/// A rule fails cleanly when its first argument is a token, or a required rule that fails cleanly
/// (and, for an <see cref="RuleAction.Or"/>, when every alternative is so). An optional first
/// argument disqualifies a rule: an <c>and</c> rule whose empty start is followed by a mismatch
/// raises a syntax error rather than giving up. The grammar has no left recursion, so following
/// first arguments always ends.
/// </remarks>
internal static class RuleStarts
{
    /// <summary>The number of rules.</summary>
    public static readonly int RuleCount = Enum.GetValues<Rule>().Length;

    /// <summary>The number of token kinds: a row of <see cref="Table"/>.</summary>
    public static readonly int TokenCount = Enum.GetValues<TokenKind>().Length;

    /// <summary>
    /// Whether trying a rule at a token would fail cleanly, at <c>rule * TokenCount + token</c>:
    /// a flat table, because the parser asks for every rule it is about to try.
    /// </summary>
    public static readonly bool[] Table = Build();

    // A start set is a set of token kinds; null stands for "does not fail cleanly": such rules are
    // always tried. (Not a UInt128: the ahead-of-time compiler leaves methods using it to the JIT,
    // which then compiles them at every start-up.)
    private static bool[] Build()
    {
        var rules = Enum.GetValues<Rule>();
        var starts = new BitArray?[rules.Length];
        var done = new bool[starts.Length];
        var table = new bool[rules.Length * TokenCount];
        foreach (var rule in rules)
        {
            if (StartsOf(rule, starts, done) is not { } set)
            {
                continue;
            }

            for (var token = 0; token < TokenCount; token++)
            {
                table[((int)rule * TokenCount) + token] = !set[token];
            }
        }

        return table;
    }

    private static BitArray? StartsOf(Rule rule, BitArray?[] starts, bool[] done)
    {
        if (done[(int)rule])
        {
            return starts[(int)rule];
        }

        // the constant-object rule has no arguments and is never tried
        var definition = Grammar.Of(rule);
        BitArray? set = null;
        if (definition.Args.Length > 0)
        {
            set = definition.Action == RuleAction.Or
                ? StartsOfAlternatives(definition.Args, starts, done)
                : StartsOfArg(definition.Args[0], starts, done);
        }

        starts[(int)rule] = set;
        done[(int)rule] = true;
        return set;
    }

    private static BitArray? StartsOfAlternatives(RuleArg[] alternatives, BitArray?[] starts, bool[] done)
    {
        var set = new BitArray(TokenCount);
        foreach (var alternative in alternatives)
        {
            if (StartsOfArg(alternative, starts, done) is not { } one)
            {
                return null;
            }

            set.Or(one);
        }

        return set;
    }

    private static BitArray? StartsOfArg(RuleArg arg, BitArray?[] starts, bool[] done)
    {
        if (arg.IsToken)
        {
            var set = new BitArray(TokenCount);
            set[(int)arg.Token] = true;
            return set;
        }

        return arg.IsOptional ? null : StartsOf(arg.Rule, starts, done);
    }
}
