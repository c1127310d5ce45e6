using MicroPython.Bytecode.Opcodes;

namespace MicroPython.Runtime.Interpreter;

/// <summary>
/// The abstract stack-depth pass of code verification: follows every path through a decoded
/// function — jumps, exceptions entering handlers, and returns and breaks running <c>finally</c>
/// blocks on their way out — as the interpreter would, with the value-stack depth and the stack of
/// active handlers as the state. It checks that no instruction takes more values than the stack
/// holds, that the stack never outgrows the prelude's state size, that handlers nest no deeper than
/// the prelude's exception-stack size, and that no path runs off the end of the code.
/// </summary>
internal static class StackCheck
{
    /// <summary>
    /// How far below its bottom a path may take the stack: a frame's stack starts above this many
    /// slots holding None. Paths the analysis cannot rule out but a program never takes need it:
    /// an <c>async with</c> tests whether an exception is a BaseException, and the failing branch
    /// expects a return's two values where an exception left one.
    /// </summary>
    public const int Guard = 2;

    private const int IterSlots = 4;

    /// <summary>The first problem found, or null when the code is sound.</summary>
    public static (int Index, string Problem)? Run(Insn[] code, int nState, int nExcStack)
    {
        var seen = new HashSet<State>();
        var work = new Stack<State>();
        var limit = (code.Length * 16) + 4096;
        work.Push(new State(0, 0, null, 0));
        seen.Add(work.Peek());
        while (work.TryPop(out var state))
        {
            var problem = Step(code, state, Reach);
            if (problem is not null)
            {
                return (state.Index, problem);
            }
        }

        return null;

        string? Reach(State next)
        {
            if (next.Index >= code.Length)
            {
                return "the code runs past its end";
            }

            if (next.Depth > nState)
            {
                return $"the stack grows to {next.Depth}, past the state size of {nState}";
            }

            if (next.Depth < -Guard)
            {
                return "the stack runs below its bottom";
            }

            if (next.BlockCount > nExcStack)
            {
                return $"exception handlers nest {next.BlockCount} deep, past the prelude's {nExcStack}";
            }

            if (seen.Add(next))
            {
                if (seen.Count > limit)
                {
                    return "the code has too many paths to verify";
                }

                work.Push(next);
            }

            return null;
        }
    }

    /// <summary>One active handler, innermost first; a <c>finally</c> entered by a return or a break remembers how to go on.</summary>
    private sealed record Block(int Handler, bool IsFinally, int Saved, Pending Pending, Block? Outer);

    /// <summary>What a <c>finally</c> resumes when it ends: nothing, a return, or a break/continue still unwinding.</summary>
    private readonly record struct Pending(int Kind, int Target = 0, int Remaining = 0, bool PopsIterator = false)
    {
        public const int None = 0;
        public const int Return = 1;
        public const int Unwind = 2;
    }

    private sealed record State(int Index, int Depth, Block? Blocks, int BlockCount);

    private static string? Step(Insn[] code, State s, Func<State, string?> reach)
    {
        var ins = code[s.Index];
        var d = s.Depth;
        var i = s.Index;
        switch (ins.Op)
        {
            case Opcode.SetupExcept or Opcode.SetupFinally or Opcode.SetupWith:
                {
                    var needs = ins.Op == Opcode.SetupWith ? 1 : 0;
                    if (Underflow(needs, d) is { } low)
                    {
                        return low;
                    }

                    var saved = ins.Op == Opcode.SetupWith ? d + 1 : d;
                    var block = new Block(ins.Arg, ins.Op != Opcode.SetupExcept, saved, default, s.Blocks);
                    var inner = s with { Blocks = block, BlockCount = s.BlockCount + 1 };
                    return reach(inner with { Index = ins.Arg, Depth = saved + 1 })
                        ?? reach(inner with { Index = i + 1, Depth = ins.Op == Opcode.SetupWith ? d + 2 : d });
                }

            case Opcode.EndFinally:
                {
                    if (s.Blocks is not { } top)
                    {
                        return "ends a finally with no handler active";
                    }

                    if (Underflow(1, d) is { } low)
                    {
                        return low;
                    }

                    var outer = s with { Blocks = top.Outer, BlockCount = s.BlockCount - 1 };
                    return top.Pending.Kind switch
                    {
                        Pending.Return => Return(code, outer, reach),
                        Pending.Unwind => Unwind(code, outer with { Depth = d }, top.Pending.Remaining, top.Pending.Target, top.Pending.PopsIterator, reach),
                        _ => reach(outer with { Index = i + 1, Depth = d - 1 }),
                    };
                }

            case Opcode.PopExceptJump:
                return s.Blocks is not { } popped
                    ? "leaves an exception handler when none is active"
                    : reach(s with { Index = ins.Arg, Blocks = popped.Outer, BlockCount = s.BlockCount - 1 });
            case Opcode.UnwindJump:
                // The jump's target and count go on the stack; each finally on the way runs first.
                return Unwind(code, s with { Depth = d + 2 }, ins.Extra & 0x7f, ins.Arg, (ins.Extra & 0x80) != 0, reach);
            case Opcode.ReturnValue:
                return Underflow(1, d) ?? Return(code, s, reach);
        }

        var e = Effect(ins);
        if (e.Problem is not null)
        {
            return e.Problem;
        }

        if (Underflow(e.Needs, d) is { } under)
        {
            return under;
        }

        var problem = e.FallsThrough ? reach(s with { Index = i + 1, Depth = d + e.Delta }) : null;
        return problem ?? (e.Target >= 0 ? reach(s with { Index = e.Target, Depth = d + e.TargetDelta }) : null);
    }

    private static string? Underflow(int needs, int depth) =>
        needs > depth + Guard ? $"takes {needs} values from a stack of {depth}" : null;

    // A return runs the first finally whose body it leaves, with the value and a marker on the stack.
    private static string? Return(Insn[] code, State s, Func<State, string?> reach)
    {
        var blocks = s.Blocks;
        var count = s.BlockCount;
        for (; blocks is not null; blocks = blocks.Outer, count--)
        {
            if (blocks.IsFinally && blocks.Handler > s.Index)
            {
                var entered = blocks with { Pending = new Pending(Pending.Return) };
                return reach(new State(blocks.Handler, blocks.Saved + 2, entered, count));
            }
        }

        return null;
    }

    // A break or continue leaves `remaining` handlers, running the first finally whose body it leaves.
    private static string? Unwind(Insn[] code, State s, int remaining, int target, bool popsIterator, Func<State, string?> reach)
    {
        var blocks = s.Blocks;
        var count = s.BlockCount;
        var depth = s.Depth - 1;
        for (; remaining > 0; remaining--, blocks = blocks.Outer, count--)
        {
            if (blocks is null)
            {
                return "unwinds more exception handlers than are active";
            }

            if (blocks.IsFinally)
            {
                if (blocks.Handler > s.Index)
                {
                    var entered = blocks with { Pending = new Pending(Pending.Unwind, target, remaining - 1, popsIterator) };
                    return reach(new State(blocks.Handler, depth + 1, entered, count));
                }

                // Leaving a finally that is running drops what it was entered with.
                depth -= blocks.Pending.Kind == Pending.None ? 1 : 2;
            }
        }

        depth -= 1 + (popsIterator ? IterSlots : 0);
        return depth < -Guard ? "the stack runs below its bottom" : reach(new State(target, depth, blocks, count));
    }

    private readonly record struct StackEffect(int Needs, int Delta, bool FallsThrough = true, int Target = -1, int TargetDelta = 0, string? Problem = null);

    private static StackEffect Effect(Insn ins)
    {
        var arg = ins.Arg;
        switch (ins.Op)
        {
            case Opcode.LoadConstObj or Opcode.LoadNull or Opcode.LoadFastN or Opcode.LoadDeref or Opcode.LoadName
                or Opcode.LoadGlobal or Opcode.LoadBuildClass or Opcode.MakeFunction:
                return new(0, 1);
            case Opcode.DupTop or Opcode.LoadMethod or Opcode.ImportFrom:
                return new(1, 1);
            case Opcode.DupTopTwo:
                return new(2, 2);
            case Opcode.StoreFastN or Opcode.StoreDeref or Opcode.StoreName or Opcode.StoreGlobal or Opcode.PopTop or Opcode.ImportStar:
                return new(1, -1);
            case Opcode.DeleteFast or Opcode.DeleteDeref or Opcode.DeleteName or Opcode.DeleteGlobal:
                return new(0, 0);
            case Opcode.LoadAttr or Opcode.GetIter or Opcode.UnaryOpMulti or Opcode.YieldValue:
                return new(1, 0);
            case Opcode.LoadSuperMethod:
                return new(3, -1);
            case Opcode.StoreAttr:
                return new(2, -2);
            case Opcode.LoadSubscr or Opcode.BinaryOpMulti or Opcode.YieldFrom or Opcode.ImportName or Opcode.MakeFunctionDefargs:
                return new(2, -1);
            case Opcode.StoreSubscr:
                return new(3, -3);
            case Opcode.RotTwo:
                return new(2, 0);
            case Opcode.RotThree:
                return new(3, 0);
            case Opcode.Jump:
                return new(0, 0, false, arg, 0);
            case Opcode.PopJumpIfTrue or Opcode.PopJumpIfFalse:
                return new(1, -1, true, arg, -1);
            case Opcode.JumpIfTrueOrPop or Opcode.JumpIfFalseOrPop:
                return new(1, -1, true, arg, 0);
            case Opcode.WithCleanup:
                return new(3, -2);

            case Opcode.GetIterStack:
                return new(1, IterSlots - 1);
            case Opcode.ForIter:
                return new(IterSlots, 1, true, arg, -IterSlots);
            case Opcode.BuildTuple or Opcode.BuildList or Opcode.BuildSet or Opcode.BuildSlice:
                return new(arg, 1 - arg);
            case Opcode.BuildMap:
                return new(0, 1);
            case Opcode.StoreMap:
                return new(3, -2);
            case Opcode.StoreComp:
                {
                    var popped = (arg & 3) == 1 ? 2 : 1;
                    var below = arg >> 2;
                    return below < popped
                        ? new(0, 0, Problem: $"the collection at {below} lies among the {popped} values stored")
                        : new(below + 1, -popped);
                }

            case Opcode.UnpackSequence:
                return new(1, arg - 1);
            case Opcode.UnpackEx:
                return new(1, (arg & 0xff) + (arg >> 8));
            case Opcode.MakeClosure:
                return new(ins.Extra, 1 - ins.Extra);
            case Opcode.MakeClosureDefargs:
                return new(ins.Extra + 2, -1 - ins.Extra);
            case Opcode.CallFunction or Opcode.CallFunctionVarKw or Opcode.CallMethod or Opcode.CallMethodVarKw:
                {
                    var isMethod = ins.Op is Opcode.CallMethod or Opcode.CallMethodVarKw;
                    var isVar = ins.Op is Opcode.CallFunctionVarKw or Opcode.CallMethodVarKw;
                    var taken = (arg & 0xff) + (2 * (arg >> 8)) + (isVar ? 1 : 0) + (isMethod ? 2 : 1);
                    return new(taken, 1 - taken);
                }

            case Opcode.RaiseObj:
                return new(1, -1, false);
            case Opcode.RaiseLast:
                return new(0, 0, false);
            case Opcode.RaiseFrom:
                return new(2, -2, false);
            default:
                return new(0, 0, Problem: "the runner does not run this opcode");
        }
    }
}
