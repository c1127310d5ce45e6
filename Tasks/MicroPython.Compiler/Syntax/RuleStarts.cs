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

    private static UInt128 Bit(TokenKind token) => UInt128.One << (int)token;

    private static bool[] Build()
    {
        if (TokenCount > 128)
        {
            throw new InvalidOperationException("token kinds no longer fit the 128-bit start sets");
        }

        // an empty set stands for "does not fail cleanly": such rules are always tried
        var rules = Enum.GetValues<Rule>();
        var starts = new UInt128[rules.Length];
        var done = new bool[starts.Length];
        var table = new bool[rules.Length * TokenCount];
        foreach (var rule in rules)
        {
            var set = StartsOf(rule, starts, done);
            for (var token = 0; token < TokenCount && set != 0; token++)
            {
                table[((int)rule * TokenCount) + token] = (set & Bit((TokenKind)token)) == 0;
            }
        }

        return table;
    }

    private static UInt128 StartsOf(Rule rule, UInt128[] starts, bool[] done)
    {
        if (done[(int)rule])
        {
            return starts[(int)rule];
        }

        // the constant-object rule has no arguments and is never tried
        var definition = Grammar.Of(rule);
        UInt128 set = 0;
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

    private static UInt128 StartsOfAlternatives(RuleArg[] alternatives, UInt128[] starts, bool[] done)
    {
        UInt128 set = 0;
        foreach (var alternative in alternatives)
        {
            var one = StartsOfArg(alternative, starts, done);
            if (one == 0)
            {
                return 0;
            }

            set |= one;
        }

        return set;
    }

    private static UInt128 StartsOfArg(RuleArg arg, UInt128[] starts, bool[] done) =>
        arg.IsToken ? Bit(arg.Token)
        : arg.IsOptional ? 0
        : StartsOf(arg.Rule, starts, done);
}
