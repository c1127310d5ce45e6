namespace MicroPython.Compiler.Syntax;

/// <summary>
/// The frames of a descent (see <see cref="RuleDescents"/>), which the parser pushes as one frame.
/// Once the descent's token is taken, most of those frames end at the next token without doing
/// anything: an <c>or</c> rule whose alternative matched, or a rule that ends as its first argument
/// (see <see cref="RuleEnds"/>). A chain drops all of them with one table lookup, where the parser
/// would otherwise push some fifteen frames per expression only to pop each one again.
/// </summary>
internal sealed class RuleChain
{
    private readonly int tokenCount = RuleStarts.TokenCount;

    // per token, the lowest index from which every frame up to the top ends at that token
    private readonly byte[] endsFrom;

    // per token and frame (token * length + index), whether that frame ends at the token
    private readonly bool[] ends;

    /// <summary>Makes the chain of <paramref name="frames"/>, bottom first (rule, next argument).</summary>
    public RuleChain((Rule Rule, int ArgIndex)[] frames)
    {
        Frames = frames;
        ends = new bool[tokenCount * frames.Length];
        endsFrom = new byte[tokenCount];
        for (var token = 0; token < tokenCount; token++)
        {
            var from = frames.Length;
            for (var i = 0; i < frames.Length; i++)
            {
                ends[(token * frames.Length) + i] = EndsAt(frames[i], token);
            }

            while (from > 0 && ends[(token * frames.Length) + from - 1])
            {
                from--;
            }

            endsFrom[token] = checked((byte)from);
        }
    }

    /// <summary>The frames, bottom first.</summary>
    public (Rule Rule, int ArgIndex)[] Frames { get; }

    /// <summary>
    /// How many of the chain's bottom <paramref name="remaining"/> frames are left once those on top
    /// that end at <paramref name="token"/> are dropped. Valid only when the parser is not
    /// backtracking and the last result is not empty, as <see cref="RuleEnds"/> requires.
    /// </summary>
    public int Kept(int remaining, int token)
    {
        var from = endsFrom[token];
        if (remaining > from)
        {
            return from;
        }

        // part of the chain was stepped already, below the frames that end
        while (remaining > 0 && ends[(token * Frames.Length) + remaining - 1])
        {
            remaining--;
        }

        return remaining;
    }

    // an or rule's continuation does nothing once an alternative matched; the rest is RuleEnds' call
    private bool EndsAt((Rule Rule, int ArgIndex) frame, int token) =>
        Grammar.Of(frame.Rule).Action == RuleAction.Or
        || (frame.ArgIndex == 1 && RuleEnds.Table[((int)frame.Rule * tokenCount) + token]);
}
