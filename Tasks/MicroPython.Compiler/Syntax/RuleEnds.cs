namespace MicroPython.Compiler.Syntax;

/// <summary>
/// Where a rule ends right after its first argument, as nothing more than that argument. Every
/// expression passes up through some fifteen such rules (test, or_test, and_test … term, power,
/// atom_expr), and nearly always none of them goes on: the token after the first argument cannot
/// start what could follow it. Stepping through such a rule would leave the first argument's node
/// as the rule's result and do nothing else, so the parser only drops the rule's frame.
/// </summary>
/// <remarks>
/// Two kinds of rule qualify. A list rule (<c>item (sep item)*</c>, <c>item item*</c>) ends after
/// one item when its separator (or next item) cannot start at the token, and keeps the item rather
/// than building a one-child list. An <see cref="RuleAction.AndIdent"/> rule whose first argument
/// is a rule and whose other arguments are all optional rules ends when none of those can start at
/// the token: each is then empty, and a node with one real child is that child.
/// </remarks>
internal static class RuleEnds
{
    /// <summary>
    /// Whether a rule whose first argument has just been parsed ends at a token as that argument, at
    /// <c>rule * TokenCount + token</c>. It relies on <see cref="RuleStarts"/>, whose skips the parser
    /// takes only well clear of its depth limit, and on the argument's node not being empty.
    /// </summary>
    public static readonly bool[] Table = Build();

    private static bool[] Build()
    {
        var tokenCount = RuleStarts.TokenCount;
        var table = new bool[RuleStarts.RuleCount * tokenCount];
        foreach (var rule in Enum.GetValues<Rule>())
        {
            var following = Following(Grammar.Of(rule));
            if (following.Length == 0)
            {
                continue;
            }

            for (var token = 0; token < tokenCount; token++)
            {
                var ends = true;
                foreach (var arg in following)
                {
                    ends &= arg.IsToken ? (int)arg.Token != token : RuleStarts.Table[((int)arg.Rule * tokenCount) + token];
                }

                table[((int)rule * tokenCount) + token] = ends;
            }
        }

        return table;
    }

    // what must fail to start for the rule to end after its first argument; empty if it never does so
    private static RuleArg[] Following(RuleDefinition definition)
    {
        var args = definition.Args;
        return definition.Action switch
        {
            RuleAction.List or RuleAction.ListWithEnd => [args[1]],
            RuleAction.OneOrMore => [args[0]],
            RuleAction.AndIdent when args.Length > 1 && !args[0].IsToken && !args[0].IsOptional
                && Array.TrueForAll(args[1..], a => a.IsOptional) => args[1..],
            _ => [],
        };
    }
}
