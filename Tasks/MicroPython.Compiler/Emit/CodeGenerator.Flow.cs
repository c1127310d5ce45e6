using MicroPython.Compiler.Syntax;

namespace MicroPython.Compiler.Emit;

/// <summary>Compound statements: if, while, for, try, with and their async forms; conditions.</summary>
internal sealed partial class CodeGenerator
{
    /// <summary>Jumps to <paramref name="label"/> when <paramref name="pn"/> is <paramref name="jumpIf"/>, folding constants and and/or/not into jump chains.</summary>
    private void CompileCondition(ParseNode? pn, bool jumpIf, int label)
    {
        EnsureStack(pn);

        if (ParseNodeFacts.IsConstFalse(pn))
        {
            if (!jumpIf)
            {
                emit.Jump(label);
            }

            return;
        }

        if (ParseNodeFacts.IsConstTrue(pn))
        {
            if (jumpIf)
            {
                emit.Jump(label);
            }

            return;
        }

        if (pn is RuleNode pns)
        {
            var n = pns.Count;
            if (pns.Rule is Rule.OrTest or Rule.AndTest)
            {
                // "or" with jump-if-false (and "and" with jump-if-true) needs a local exit label.
                if ((pns.Rule == Rule.OrTest) != jumpIf)
                {
                    var label2 = NewLabel();
                    for (var i = 0; i < n - 1; i++)
                    {
                        CompileCondition(pns[i], !jumpIf, label2);
                    }

                    CompileCondition(pns[n - 1], jumpIf, label);
                    emit.LabelAssign(label2);
                }
                else
                {
                    for (var i = 0; i < n; i++)
                    {
                        CompileCondition(pns[i], jumpIf, label);
                    }
                }

                return;
            }

            if (pns.Rule == Rule.NotTest2)
            {
                CompileCondition(pns[0], !jumpIf, label);
                return;
            }
        }

        CompileNode(pn);
        emit.PopJumpIf(jumpIf, label);
    }

    private void CompileIf(RuleNode pns)
    {
        var end = NewLabel();
        if (!ParseNodeFacts.IsConstFalse(pns[0]))
        {
            var fail = NewLabel();
            CompileCondition(pns[0], false, fail);
            CompileNode(pns[1]);
            if (ParseNodeFacts.IsConstTrue(pns[0]))
            {
                emit.LabelAssign(end);
                return;
            }

            if (!(pns[2] is null && pns[3] is null))
            {
                emit.Jump(end);
            }

            emit.LabelAssign(fail);
        }

        foreach (var elifNode in ListOf(pns, 2, Rule.IfStmtElifList))
        {
            var elif = (RuleNode)elifNode!;
            if (ParseNodeFacts.IsConstFalse(elif[0]))
            {
                continue;
            }

            var fail = NewLabel();
            CompileCondition(elif[0], false, fail);
            CompileNode(elif[1]);
            if (ParseNodeFacts.IsConstTrue(elif[0]))
            {
                emit.LabelAssign(end);
                return;
            }

            emit.Jump(end);
            emit.LabelAssign(fail);
        }

        CompileNode(pns[3]);
        emit.LabelAssign(end);
    }

    private (int Break, int Continue, int Level) StartLoop(out int breakTarget, out int continueTarget)
    {
        var saved = (breakLabel, continueLabel, breakContinueExceptLevel);
        breakTarget = NewLabel();
        continueTarget = NewLabel();
        breakLabel = breakTarget;
        continueLabel = continueTarget;
        breakContinueExceptLevel = curExceptLevel;
        return saved;
    }

    private void EndLoop((int Break, int Continue, int Level) saved) =>
        (breakLabel, continueLabel, breakContinueExceptLevel) = saved;

    private void CompileWhile(RuleNode pns)
    {
        var saved = StartLoop(out var breakTarget, out var continueTarget);
        if (!ParseNodeFacts.IsConstFalse(pns[0]))
        {
            var top = NewLabel();
            if (!ParseNodeFacts.IsConstTrue(pns[0]))
            {
                emit.Jump(continueTarget);
            }

            emit.LabelAssign(top);
            CompileNode(pns[1]);
            emit.LabelAssign(continueTarget);
            CompileCondition(pns[0], true, top);
        }

        EndLoop(saved);
        CompileNode(pns[2]);
        emit.LabelAssign(breakTarget);
    }

    private static bool IsStarOrKeywordArg(ParseNode? pn) =>
        pn is RuleNode { Rule: Rule.ArglistStar or Rule.ArglistDblStar or Rule.Argument };

    private void CompileFor(RuleNode pns)
    {
        if (TryRangeLoop(pns))
        {
            return;
        }

        var saved = StartLoop(out var breakTarget, out var continueTarget);
        breakLabel |= BreakFromFor;
        var pop = NewLabel();
        CompileNode(pns[1]);
        emit.GetIter(useStack: true);
        emit.LabelAssign(continueTarget);
        emit.ForIter(pop);
        Assign(pns[0]!, AssignKind.Store);
        CompileNode(pns[2]);
        emit.Jump(continueTarget);
        emit.LabelAssign(pop);
        emit.ForIterEnd();
        EndLoop(saved);
        CompileNode(pns[3]);
        emit.LabelAssign(breakTarget);
    }

    /// <summary>
    /// <c>for name in range(...)</c> with plain arguments and a constant non-zero step becomes a
    /// counter loop (whatever <c>range</c> is bound to, as in MicroPython).
    /// </summary>
    private bool TryRangeLoop(RuleNode pns)
    {
        if (pns[0] is not IdNode
            || pns[1] is not RuleNode { Rule: Rule.AtomExprNormal } call
            || call[0] is not IdNode { Name: "range" }
            || call[1] is not RuleNode { Rule: Rule.TrailerParen } paren)
        {
            return false;
        }

        var args = ListOf(paren, 0, Rule.Arglist);
        if (args.Length is < 1 or > 3)
        {
            return false;
        }

        ParseNode start, end, step;
        switch (args.Length)
        {
            case 1:
                (start, end, step) = (new SmallIntNode(0, 0, 0), args[0]!, new SmallIntNode(1, 0, 0));
                break;
            case 2:
                (start, end, step) = (args[0]!, args[1]!, new SmallIntNode(1, 0, 0));
                break;
            default:
                (start, end, step) = (args[0]!, args[1]!, args[2]!);
                if (step is not SmallIntNode { Value: not 0 })
                {
                    return false;
                }

                break;
        }

        if (IsStarOrKeywordArg(start) || IsStarOrKeywordArg(end))
        {
            return false;
        }

        CompileRangeLoop(pns[0]!, start, end, ((SmallIntNode)step).Value, step, pns[2], pns[3]);
        return true;
    }

    private void CompileRangeLoop(ParseNode variable, ParseNode start, ParseNode end, long stepValue, ParseNode step, ParseNode? body, ParseNode? elseBody)
    {
        var saved = StartLoop(out var breakTarget, out var continueTarget);
        var top = NewLabel();
        var entry = NewLabel();
        var endOnStack = end is not SmallIntNode;
        if (endOnStack)
        {
            CompileNode(end);
        }

        CompileNode(start);
        emit.Jump(entry);
        emit.LabelAssign(top);
        emit.DupTop();
        Assign(variable, AssignKind.Store);
        CompileNode(body);
        emit.LabelAssign(continueTarget);
        CompileNode(step);
        emit.BinaryOp(BinaryOperator.InplaceAdd);
        emit.LabelAssign(entry);
        if (endOnStack)
        {
            emit.DupTopTwo();
            emit.RotTwo();
        }
        else
        {
            emit.DupTop();
            CompileNode(end);
        }

        emit.BinaryOp(stepValue >= 0 ? BinaryOperator.Less : BinaryOperator.More);
        emit.PopJumpIf(true, top);
        EndLoop(saved);

        var endLabel = 0;
        if (elseBody is not null)
        {
            emit.PopTop();
            if (endOnStack)
            {
                emit.PopTop();
            }

            CompileNode(elseBody);
            endLabel = NewLabel();
            emit.Jump(endLabel);
            emit.AdjustStack(1 + (endOnStack ? 1 : 0));
        }

        emit.LabelAssign(breakTarget);
        emit.PopTop();
        if (endOnStack)
        {
            emit.PopTop();
        }

        if (elseBody is not null)
        {
            emit.LabelAssign(endLabel);
        }
    }

    private void CompileTry(RuleNode pns)
    {
        var rest = (RuleNode)pns[1]!;
        if (rest.Rule == Rule.TryStmtFinally)
        {
            CompileTryFinally(pns[0], [], null, rest[0]);
        }
        else if (rest.Rule == Rule.TryStmtExceptAndMore)
        {
            var excepts = ListOf(rest, 0, Rule.TryStmtExceptList);
            if (rest[2] is null)
            {
                CompileTryExcept(pns[0], excepts, rest[1]);
            }
            else
            {
                CompileTryFinally(pns[0], excepts, rest[1], ((RuleNode)rest[2]!)[0]);
            }
        }
        else
        {
            CompileTryExcept(pns[0], ListOf(pns, 1, Rule.TryStmtExceptList), null);
        }
    }

    private void CompileTryExcept(ParseNode? body, ReadOnlySpan<ParseNode?> excepts, ParseNode? elseBody)
    {
        var handler = NewLabel();
        var success = NewLabel();
        IncreaseExceptLevel(handler, emit.SetupExcept);
        CompileNode(body);
        emit.PopExceptJump(success);
        emit.LabelAssign(handler);
        emit.StartExceptHandler();
        var end = NewLabel();
        for (var i = 0; i < excepts.Length; i++)
        {
            var except = (RuleNode)excepts[i]!;
            string? asName = null;
            var endFinally = NewLabel();
            if (except[0] is null)
            {
                if (i + 1 != excepts.Length)
                {
                    throw Error(except, CompilerErrors.DefaultExceptNotLast);
                }
            }
            else
            {
                var exceptionExpr = except[0];
                if (exceptionExpr is RuleNode { Rule: Rule.TryStmtAsName } withName)
                {
                    exceptionExpr = withName[0];
                    asName = ((IdNode)withName[1]!).Name;
                }

                emit.DupTop();
                CompileNode(exceptionExpr);
                emit.BinaryOp(BinaryOperator.ExceptionMatch);
                emit.PopJumpIf(false, endFinally);
            }

            if (asName is null)
            {
                emit.PopTop();
            }
            else
            {
                StoreId(asName);
            }

            var cleanup = 0;
            if (asName is not null)
            {
                cleanup = NewLabel();
                IncreaseExceptLevel(cleanup, emit.SetupFinally);
            }

            CompileNode(except[1]);
            if (asName is not null)
            {
                // "except E as e" deletes e however the handler ends.
                emit.LoadConstNone();
                emit.LabelAssign(cleanup);
                emit.AdjustStack(1);
                emit.LoadConstNone();
                StoreId(asName);
                DeleteId(asName);
                emit.AdjustStack(-1);
                DecreaseExceptLevel();
            }

            emit.PopExceptJump(end);
            emit.LabelAssign(endFinally);
            emit.AdjustStack(1);
        }

        DecreaseExceptLevel();
        emit.EndExceptHandler();
        emit.LabelAssign(success);
        CompileNode(elseBody);
        emit.LabelAssign(end);
    }

    private void CompileTryFinally(ParseNode? body, ReadOnlySpan<ParseNode?> excepts, ParseNode? elseBody, ParseNode? finallyBody)
    {
        var finallyBlock = NewLabel();
        IncreaseExceptLevel(finallyBlock, emit.SetupFinally);
        if (excepts.Length == 0)
        {
            emit.AdjustStack(3);
            CompileNode(body);
            emit.AdjustStack(-3);
        }
        else
        {
            CompileTryExcept(body, excepts, elseBody);
        }

        emit.LoadConstNone();
        emit.LabelAssign(finallyBlock);
        emit.AdjustStack(1);
        CompileNode(finallyBody);
        emit.AdjustStack(-1);
        DecreaseExceptLevel();
    }

    private void CompileWith(RuleNode pns) => CompileWithItems(ListOf(pns, 0, Rule.WithStmtList), 0, pns[1]);

    private void CompileWithItems(ReadOnlySpan<ParseNode?> items, int index, ParseNode? body)
    {
        EnsureStack(body);

        if (index == items.Length)
        {
            CompileNode(body);
            return;
        }

        var end = NewLabel();
        if (items[index] is RuleNode { Rule: Rule.WithItem } item)
        {
            CompileNode(item[0]);
            IncreaseExceptLevel(end, emit.SetupWith);
            Assign(item[1]!, AssignKind.Store);
        }
        else
        {
            CompileNode(items[index]);
            IncreaseExceptLevel(end, emit.SetupWith);
            emit.PopTop();
        }

        CompileWithItems(items, index + 1, body);
        emit.WithCleanup(end);
        DecreaseExceptLevel();
    }

    private void CompileAsyncStmt(RuleNode pns)
    {
        var inner = (RuleNode)pns[0]!;
        if (inner.Rule == Rule.Funcdef)
        {
            CompileFuncdef(inner);
            scopeOfNode[inner].Flags |= Bytecode.ScopeFlags.Generator;
            return;
        }

        if ((cur.Flags & Bytecode.ScopeFlags.Generator) == 0)
        {
            throw Error(inner, CompilerErrors.AsyncOutsideAsync, culprit: pns);
        }

        if (inner.Rule == Rule.ForStmt)
        {
            CompileAsyncFor(inner);
        }
        else
        {
            CompileAsyncWithItems(ListOf(inner, 0, Rule.WithStmtList), 0, inner[1]);
        }
    }

    private void AwaitMethod(string method)
    {
        emit.LoadMethod(method, isSuper: false);
        emit.CallMethod(0, 0, false);
        CompileYieldFrom();
    }

    private void CompileYieldFrom()
    {
        emit.GetIter(useStack: false);
        emit.LoadConstNone();
        emit.YieldFrom();
    }

    private void CompileAsyncFor(RuleNode pns)
    {
        var whileElse = NewLabel();
        var tryException = NewLabel();
        var tryElse = NewLabel();
        var tryFinally = NewLabel();
        CompileNode(pns[1]);
        emit.LoadMethod("__aiter__", isSuper: false);
        emit.CallMethod(0, 0, false);
        var saved = StartLoop(out var breakTarget, out var continueTarget);
        emit.LabelAssign(continueTarget);
        IncreaseExceptLevel(tryException, emit.SetupExcept);
        emit.DupTop();
        AwaitMethod("__anext__");
        Assign(pns[0]!, AssignKind.Store);
        emit.PopExceptJump(tryElse);
        emit.LabelAssign(tryException);
        emit.StartExceptHandler();
        emit.DupTop();
        emit.LoadGlobal("StopAsyncIteration", explicitGlobal: true);
        emit.BinaryOp(BinaryOperator.ExceptionMatch);
        emit.PopJumpIf(false, tryFinally);
        emit.PopTop();
        emit.PopExceptJump(whileElse);
        emit.LabelAssign(tryFinally);
        emit.AdjustStack(1);
        DecreaseExceptLevel();
        emit.EndExceptHandler();
        emit.LabelAssign(tryElse);
        CompileNode(pns[2]);
        emit.Jump(continueTarget);
        EndLoop(saved);
        emit.LabelAssign(whileElse);
        CompileNode(pns[3]);
        emit.LabelAssign(breakTarget);
        emit.PopTop();
    }

    private void CompileAsyncWithItems(ReadOnlySpan<ParseNode?> items, int index, ParseNode? body)
    {
        EnsureStack(body);

        if (index == items.Length)
        {
            CompileNode(body);
            return;
        }

        var finallyBlock = NewLabel();
        var aexitNoExc = NewLabel();
        var returnOrUnwind = NewLabel();
        var end = NewLabel();
        if (items[index] is RuleNode { Rule: Rule.WithItem } item)
        {
            CompileNode(item[0]);
            emit.DupTop();
            AwaitMethod("__aenter__");
            Assign(item[1]!, AssignKind.Store);
        }
        else
        {
            CompileNode(items[index]);
            emit.DupTop();
            AwaitMethod("__aenter__");
            emit.PopTop();
        }

        IncreaseExceptLevel(finallyBlock, emit.SetupFinally);
        emit.AdjustStack(3);
        CompileAsyncWithItems(items, index + 1, body);
        emit.AdjustStack(-3);
        emit.AsyncWithSetupFinally(aexitNoExc, finallyBlock, returnOrUnwind);

        // An exception: call __aexit__(type, exc, None) and swallow the exception if it says so.
        emit.DupTop();
        emit.RotThree();
        emit.RotTwo();
        emit.LoadMethod("__aexit__", isSuper: false);
        emit.RotThree();
        emit.RotThree();
        emit.DupTop();
        emit.LoadAttr("__class__");
        emit.RotTwo();
        emit.LoadConstNone();
        emit.CallMethod(3, 0, false);
        CompileYieldFrom();
        emit.PopJumpIf(false, end);
        emit.PopTop();
        emit.LoadConstNone();
        emit.Jump(end);
        emit.AdjustStack(2);

        // A return or unwind jump: call __aexit__(None, None, None) and carry on unwinding.
        emit.LabelAssign(returnOrUnwind);
        emit.RotThree();
        emit.RotThree();
        emit.LabelAssign(aexitNoExc);
        emit.LoadMethod("__aexit__", isSuper: false);
        emit.LoadConstNone();
        emit.DupTop();
        emit.DupTop();
        emit.CallMethod(3, 0, false);
        CompileYieldFrom();
        emit.PopTop();
        emit.AdjustStack(-1);
        emit.LabelAssign(end);
        DecreaseExceptLevel();
    }
}
