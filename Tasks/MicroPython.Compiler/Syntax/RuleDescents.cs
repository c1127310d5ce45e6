namespace MicroPython.Compiler.Syntax;

/// <summary>
/// What the parser does when it starts a rule at a token, worked out once where that is fixed: the
/// frames it pushes on the way down (each rule's continuation) and the rule that finally takes the
/// token: an <c>or</c> rule whose token alternative it is, or an <c>and</c> rule that starts with
/// it (a trailer's <c>.</c> or <c>(</c>, a statement's keyword). Every expression descends some
/// fifteen rules (test, or_test … atom) before it reads its first token; replaying the descent
/// from this table instead of stepping through each rule roughly halves the parser's steps, with
/// identical results. Its frames go on the stack as one chain frame (see <see cref="RuleChain"/>),
/// not one by one.
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
    private static readonly int TokenCount = RuleStarts.TokenCount;

    /// <summary>Stands in <see cref="Table"/> for a descent not traced yet.</summary>
    public const ushort NotTraced = ushort.MaxValue;

    /// <summary>
    /// For starting a rule at a token, at <c>rule * TokenCount + token</c>: the number of its descent
    /// in <see cref="Traced"/>, 0 where there is none, and <see cref="NotTraced"/> until
    /// <see cref="TraceAt"/> has worked it out. A run of the tool meets a few hundred of these
    /// thousands of pairs, so each is traced when first met rather than all at start-up. The
    /// table holds two-byte numbers, not references: the parser reads it at every rule it starts,
    /// and at this size it stays in the processor's cache.
    /// </summary>
    public static readonly ushort[] Table = NewTable();

    /// <summary>The descents traced so far, numbered from 1 in the order they were first met; 0 is none (null).</summary>
    public static readonly Descent?[] Traced = new Descent?[Table.Length + 1];

    private static readonly Lock Tracing = new();
    private static int tracedCount;

    /// <summary>Traces the descent at <paramref name="index"/> of <see cref="Table"/>, numbers it and stores that number there.</summary>
    public static ushort TraceAt(int index)
    {
        // rare (once per pair and process), so the threads that meet a pair first take turns
        lock (Tracing)
        {
            var number = Table[index];
            if (number != NotTraced)
            {
                return number;
            }

            number = 0;
            if (Trace((Rule)(index / TokenCount), index % TokenCount) is { } descent)
            {
                number = (ushort)++tracedCount;
                Traced[number] = descent;
            }

            // the descent is in place before its number is seen
            Volatile.Write(ref Table[index], number);
            return number;
        }
    }

    private static ushort[] NewTable()
    {
        var table = new ushort[RuleStarts.RuleCount * TokenCount];
        if (table.Length >= NotTraced)
        {
            throw new InvalidOperationException("The grammar has too many rule and token pairs to number their descents in two bytes.");
        }

        Array.Fill(table, NotTraced);
        return table;
    }

    private static Descent? Trace(Rule start, int token)
    {
        // no rule twice, and a continuation and a child per rule (the grammar has no left recursion)
        Span<(Rule Rule, int ArgIndex)> frames = stackalloc (Rule, int)[(2 * RuleStarts.RuleCount) + 1];
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
                    return new Descent(frames[..depth].ToArray(), rule, token == (int)TokenKind.Name);
                }

                // and/list rules: only a required first rule argument is followed
                if (args[0].IsToken || args[0].IsOptional || CannotStart(args[0].Rule, token))
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
                        return new Descent(frames[..depth].ToArray(), rule, KeepsToken: true);
                    }
                }
                else if (!CannotStart(args[i].Rule, token))
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

    private static bool CannotStart(Rule rule, int token) => RuleStarts.Table[((int)rule * TokenCount) + token];

    /// <summary>One traced descent.</summary>
    /// <param name="Frames">The frames pushed on the way down, bottom first (rule, next argument).</param>
    /// <param name="TokenRule">The rule that takes the token: an <c>or</c> rule whose alternative it is, or an <c>and</c> rule that starts with it.</param>
    /// <param name="KeepsToken">Whether the token becomes a node (always in an <c>or</c> rule, only a name in an <c>and</c> rule).</param>
    internal sealed record Descent((Rule Rule, int ArgIndex)[] Frames, Rule TokenRule, bool KeepsToken)
    {
        /// <summary>How many frames the descent pushes, held here so that the parser need not read the array for it.</summary>
        public int FrameCount { get; } = Frames.Length;

        /// <summary>The frames as one chain frame, or null when there are fewer than two to push.</summary>
        public RuleChain? Chain { get; } = Frames.Length is >= 2 and <= RuleChain.MaxLength ? new RuleChain(Frames) : null;
    }
}
