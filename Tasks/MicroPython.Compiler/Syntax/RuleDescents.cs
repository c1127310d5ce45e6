namespace MicroPython.Compiler.Syntax;

/// <summary>
/// What the parser does when it starts a rule at a token, precomputed where that is fixed: the
/// frames it pushes on the way down (each rule's continuation) and the rule that finally takes the
/// token: an <c>or</c> rule whose token alternative it is, or an <c>and</c> rule that starts with
/// it (a trailer's <c>.</c> or <c>(</c>, a statement's keyword). Every expression descends some
/// fifteen rules (test, or_test … atom) before it reads its first token; replaying the descent
/// from this table instead of stepping through each rule roughly halves the parser's steps, with
/// identical results.
/// </summary>
/// <remarks>
/// A descent is recorded only when every decision on the way is certain: each rule starts with a
/// rule argument or is an <c>or</c> rule, and every alternative passed over cannot start at the
/// token (see <see cref="RuleStarts"/>); it may end in an <c>and</c> rule whose first argument is
/// the token itself. Anything else (a list rule that starts with a token, an optional first
/// argument, an alternative that may fail after trying) is left to the step-by-step parser.
/// </remarks>
internal static class RuleDescents
{
    private static readonly (Descent?[] Table, RuleChain[] Chains) Built = Build();

    /// <summary>The descent for starting a rule at a token, at <c>rule * TokenCount + token</c>; null where there is none.</summary>
    public static readonly Descent?[] Table = Built.Table;

    /// <summary>The chains of the descents that push more than one frame, by <see cref="Descent.Chain"/>.</summary>
    public static readonly RuleChain[] Chains = Built.Chains;

    private static (Descent?[] Table, RuleChain[] Chains) Build()
    {
        var tokenCount = RuleStarts.TokenCount;
        var rules = Enum.GetValues<Rule>();
        var table = new Descent?[rules.Length * tokenCount];

        // one scratch array for every trace (an array, not a List: the tool's ahead-of-time image
        // cannot hold List code for this tuple, so the JIT would compile it at every start-up)
        var frames = new (Rule Rule, int ArgIndex)[(2 * RuleStarts.RuleCount) + 1];
        var chains = new List<RuleChain>();
        var chainIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            for (var token = 0; token < tokenCount; token++)
            {
                table[((int)rule * tokenCount) + token] = Trace(rule, token, tokenCount, frames) is { } descent
                    ? descent with { Chain = ChainOf(descent.Frames, chains, chainIds) }
                    : null;
            }
        }

        return (table, [.. chains]);
    }

    // descents from different rules and tokens often push the same frames: they share one chain
    private static int ChainOf((Rule Rule, int ArgIndex)[] frames, List<RuleChain> chains, Dictionary<string, int> chainIds)
    {
        if (frames.Length < 2)
        {
            return -1;
        }

        var key = string.Create(frames.Length * 2, frames, static (key, frames) =>
        {
            for (var i = 0; i < frames.Length; i++)
            {
                key[2 * i] = (char)frames[i].Rule;
                key[(2 * i) + 1] = (char)frames[i].ArgIndex;
            }
        });
        if (!chainIds.TryGetValue(key, out var id))
        {
            id = chains.Count;
            chains.Add(new RuleChain(frames));
            chainIds.Add(key, id);
        }

        return id;
    }

    private static Descent? Trace(Rule start, int token, int tokenCount, (Rule Rule, int ArgIndex)[] frames)
    {
        var depth = 0;
        var rule = start;
        while (depth < frames.Length)
        {
            var definition = Grammar.Of(rule);
            var args = definition.Args;
            if (args.Length == 0)
            {
                return null;
            }

            if (definition.Action != RuleAction.Or)
            {
                if (args[0].IsToken && (int)args[0].Token == token && definition.Action is RuleAction.And or RuleAction.AndIdent or RuleAction.AndBlank)
                {
                    // an and rule that starts with this very token takes it and goes on from its
                    // second argument (keeping the token only if it is a name, as every and rule does)
                    frames[depth++] = (rule, 1);
                    return new Descent(frames[..depth], rule, token == (int)TokenKind.Name, Chain: -1);
                }

                // and/list rules: only a required first rule argument is followed
                if (args[0].IsToken || args[0].IsOptional || CannotStart(args[0].Rule, token, tokenCount))
                {
                    return null;
                }

                frames[depth++] = (rule, 1);
                rule = args[0].Rule;
                continue;
            }

            var next = -1;
            for (var i = 0; i < args.Length && next < 0; i++)
            {
                if (args[i].IsToken)
                {
                    if ((int)args[i].Token == token)
                    {
                        return new Descent(frames[..depth], rule, KeepsToken: true, Chain: -1);
                    }
                }
                else if (!CannotStart(args[i].Rule, token, tokenCount))
                {
                    next = i;
                }
            }

            if (next < 0)
            {
                // no alternative applies: the rule fails, which the parser handles itself
                return null;
            }

            if (next + 1 < args.Length)
            {
                frames[depth++] = (rule, next + 1);
            }

            rule = args[next].Rule;
        }

        return null;
    }

    private static bool CannotStart(Rule rule, int token, int tokenCount) => RuleStarts.Table[((int)rule * tokenCount) + token];

    /// <summary>One precomputed descent.</summary>
    /// <param name="Frames">The frames pushed on the way down, bottom first (rule, next argument).</param>
    /// <param name="TokenRule">The rule that takes the token: an <c>or</c> rule whose alternative it is, or an <c>and</c> rule that starts with it.</param>
    /// <param name="KeepsToken">Whether the token becomes a node (always in an <c>or</c> rule, only a name in an <c>and</c> rule).</param>
    /// <param name="Chain">The index in <see cref="Chains"/> of the frames pushed as one, or -1 when there are fewer than two.</param>
    internal sealed record Descent((Rule Rule, int ArgIndex)[] Frames, Rule TokenRule, bool KeepsToken, int Chain)
    {
        /// <summary>How many frames the descent pushes, held here so that the parser need not read the array for it.</summary>
        public int FrameCount { get; } = Frames.Length;
    }
}
