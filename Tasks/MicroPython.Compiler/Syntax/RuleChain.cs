using System.Runtime.CompilerServices;

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
    /// <summary>The most frames a chain holds; longer descents (the grammar has none) push their frames one by one.</summary>
    public const int MaxLength = Unknown - 1;

    // marks an entry of endsFrom not worked out yet: each is worked out when first needed, so that
    // a run of the tool does not pay at start-up for the thousands of chain and token pairs it
    // never meets (threads that race to work one out write the same value)
    private const byte Unknown = byte.MaxValue;

    private readonly int tokenCount = RuleStarts.TokenCount;
    private readonly bool[] endsAfterFirst = RuleEnds.Table;

    // per frame, whether it is an or rule's continuation, which does nothing once an alternative
    // matched; the other frames end where RuleEnds says
    private readonly bool[] isOr;

    // per token, the lowest index from which every frame up to the top ends at that token
    private readonly byte[] endsFrom;

    /// <summary>Makes the chain of <paramref name="frames"/>, bottom first (rule, next argument).</summary>
    public RuleChain((Rule Rule, int ArgIndex)[] frames)
    {
        Frames = frames;
        isOr = Array.ConvertAll(frames, f => Grammar.Of(f.Rule).Action == RuleAction.Or);
        endsFrom = new byte[tokenCount];
        Array.Fill(endsFrom, Unknown);
    }

    /// <summary>The frames, bottom first.</summary>
    public (Rule Rule, int ArgIndex)[] Frames { get; }

    /// <summary>
    /// How many of the chain's bottom <paramref name="remaining"/> frames are left once those on top
    /// that end at <paramref name="token"/> are dropped. Valid only when the parser is not
    /// backtracking and the last result is not empty, as <see cref="RuleEnds"/> requires.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Kept(int remaining, int token)
    {
        var from = endsFrom[token];
        if (from == Unknown)
        {
            from = endsFrom[token] = (byte)KeptAtTop(Frames.Length, token);
        }

        // every frame from `from` up ends and the one below it does not; only a chain stepped
        // partway (below the frames that end) needs a look at its own top
        return remaining >= from ? from : KeptAtTop(remaining, token);
    }

    // drops the frames on top of the bottom `remaining` that end at the token
    private int KeptAtTop(int remaining, int token)
    {
        while (remaining > 0
            && (isOr[remaining - 1] || (Frames[remaining - 1].ArgIndex == 1 && endsAfterFirst[((int)Frames[remaining - 1].Rule * tokenCount) + token])))
        {
            remaining--;
        }

        return remaining;
    }
}
