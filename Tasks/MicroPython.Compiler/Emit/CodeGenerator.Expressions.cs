using MicroPython.Compiler.Syntax;

namespace MicroPython.Compiler.Emit;

/// <summary>Expressions: operators, calls, displays, subscripts, yield and await.</summary>
internal sealed partial class CodeGenerator
{
    private void CompileTestIfExpr(RuleNode pns)
    {
        var ifElse = (RuleNode)pns[1]!;
        var fail = NewLabel();
        var end = NewLabel();
        CompileCondition(ifElse[0], false, fail);
        CompileNode(pns[0]);
        emit.Jump(end);
        emit.LabelAssign(fail);
        emit.AdjustStack(-1);
        CompileNode(ifElse[1]);
        emit.LabelAssign(end);
    }

    private void CompileNamedExpr(ParseNode? nameNode, ParseNode? value)
    {
        if (nameNode is not IdNode name)
        {
            throw Error(nameNode, CompilerErrors.CannotAssign, culprit: nameNode);
        }

        CompileNode(value);
        emit.DupTop();
        if (pass == CompilePass.Scope && cur.IsComprehensionLike)
        {
            // PEP 572: := inside a comprehension binds in the enclosing scope.
            var parentId = IdForModification(cur.Parent!, name.Name);
            if (parentId.Kind == SymbolKind.GlobalExplicit)
            {
                cur.FindOrAdd(name.Name, SymbolKind.GlobalExplicit);
            }
            else
            {
                var id = cur.FindOrAdd(name.Name, SymbolKind.Undecided);
                var isGlobal = cur.Parent!.Parent is null;
                if (!isGlobal && id.Kind == SymbolKind.GlobalImplicit)
                {
                    id.Kind = SymbolKind.Undecided;
                }

                DeclareGlobalOrNonlocal(nameNode, id, isGlobal);
            }
        }

        StoreId(name.Name);
    }

    private void CompileOrAndTest(RuleNode pns)
    {
        var jumpIfTrue = pns.Rule == Rule.OrTest;
        var end = NewLabel();
        for (var i = 0; i < pns.Count; i++)
        {
            CompileNode(pns[i]);
            if (i + 1 < pns.Count)
            {
                emit.JumpIfOrPop(jumpIfTrue, end);
            }
        }

        emit.LabelAssign(end);
    }

    private void CompileComparison(RuleNode pns)
    {
        var n = pns.Count;
        CompileNode(pns[0]);
        var multi = n > 3;
        var fail = multi ? NewLabel() : 0;
        for (var i = 1; i + 1 < n; i += 2)
        {
            CompileNode(pns[i + 1]);
            if (i + 2 < n)
            {
                emit.DupTop();
                emit.RotThree();
            }

            switch (pns[i])
            {
                case TokenNode { Kind: TokenKind.KwIn }:
                    emit.BinaryOp(BinaryOperator.In);
                    break;
                case TokenNode t:
                    emit.BinaryOp(BinaryOperator.Less + (t.Kind - TokenKind.OpLess));
                    break;
                case RuleNode { Rule: Rule.CompOpNotIn }:
                    emit.BinaryOp(BinaryOperator.In, invert: true);
                    break;
                case RuleNode isOp:
                    emit.BinaryOp(BinaryOperator.Is, invert: isOp[0] is not null);
                    break;
            }

            if (i + 2 < n)
            {
                emit.JumpIfOrPop(false, fail);
            }
        }

        if (multi)
        {
            var end = NewLabel();
            emit.Jump(end);
            emit.LabelAssign(fail);
            emit.AdjustStack(1);
            emit.RotTwo();
            emit.PopTop();
            emit.LabelAssign(end);
        }
    }

    private void CompileBitwise(RuleNode pns)
    {
        var op = pns.Rule switch
        {
            Rule.Expr => BinaryOperator.Or,
            Rule.XorExpr => BinaryOperator.Xor,
            _ => BinaryOperator.And,
        };
        CompileNode(pns[0]);
        for (var i = 1; i < pns.Count; i++)
        {
            CompileNode(pns[i]);
            emit.BinaryOp(op);
        }
    }

    private void CompileTerm(RuleNode pns)
    {
        CompileNode(pns[0]);
        for (var i = 1; i + 1 < pns.Count; i += 2)
        {
            CompileNode(pns[i + 1]);
            var tok = ((TokenNode)pns[i]!).Kind;
            emit.BinaryOp(BinaryOperator.LeftShift + (tok - TokenKind.OpDblLess));
        }
    }

    private void CompileFactor(RuleNode pns)
    {
        CompileNode(pns[1]);
        var tok = ((TokenNode)pns[0]!).Kind;
        emit.UnaryOp(tok switch
        {
            TokenKind.OpTilde => UnaryOperator.Invert,
            TokenKind.OpMinus => UnaryOperator.Negative,
            _ => UnaryOperator.Positive,
        });
    }

    private void CompileAwait(RuleNode pns)
    {
        if (cur.Kind is not (ScopeKind.Function or ScopeKind.Lambda))
        {
            throw Error(pns, CompilerErrors.AwaitOutsideFunction);
        }

        CompileAtomExprNormal(pns);
        CompileYieldFrom();
    }

    private void CompileYieldExpr(RuleNode pns)
    {
        if (cur.Kind is not (ScopeKind.Function or ScopeKind.Lambda))
        {
            throw Error(pns, CompilerErrors.YieldOutsideFunction);
        }

        if (pns[0] is null)
        {
            emit.LoadConstNone();
            emit.YieldValue();
        }
        else if (pns[0] is RuleNode { Rule: Rule.YieldArgFrom } from)
        {
            CompileNode(from[0]);
            CompileYieldFrom();
        }
        else
        {
            CompileNode(pns[0]);
            emit.YieldValue();
        }
    }

    private void CompileAtomExprNormal(RuleNode pns)
    {
        CompileNode(pns[0]);
        if (pns[1] is null)
        {
            return;
        }

        var trailers = ListOf(pns, 1, Rule.AtomExprTrailers);
        var i = 0;
        if (cur.Kind == ScopeKind.Function
            && pns[0] is IdNode { Name: "super" }
            && trailers[0] is RuleNode { Rule: Rule.TrailerParen } superCall
            && superCall[0] is null)
        {
            // super() with no arguments: pass __class__ and the first parameter.
            LoadId("__class__");
            var self = cur.FirstParam;
            if (self is null)
            {
                throw Error(trailers[0], CompilerErrors.SuperNoSelf, culprit: pns);
            }

            LoadId(self.Name);
            if (trailers.Length >= 3 && IsRule(trailers[1], Rule.TrailerPeriod) && IsRule(trailers[2], Rule.TrailerParen))
            {
                emit.LoadMethod(((IdNode)((RuleNode)trailers[1]!)[0]!).Name, isSuper: true);
                CompileCall(((RuleNode)trailers[2]!)[0], isMethodCall: true, extraPositional: 0);
                i = 3;
            }
            else
            {
                emit.CallFunction(2, 0, false);
                i = 1;
            }
        }

        for (; i < trailers.Length; i++)
        {
            if (i + 1 < trailers.Length && IsRule(trailers[i], Rule.TrailerPeriod) && IsRule(trailers[i + 1], Rule.TrailerParen))
            {
                emit.LoadMethod(((IdNode)((RuleNode)trailers[i]!)[0]!).Name, isSuper: false);
                CompileCall(((RuleNode)trailers[i + 1]!)[0], isMethodCall: true, extraPositional: 0);
                i++;
            }
            else
            {
                CompileNode(trailers[i]);
            }
        }
    }

    private void CompileCall(ParseNode? argList, bool isMethodCall, int extraPositional)
    {
        var args = ListOf(in argList, Rule.Arglist);
        var positional = extraPositional;
        var keyword = 0;
        var hasStar = false;
        var hasDoubleStar = false;
        long starBits = 0;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is RuleNode pnsArg)
            {
                if (pnsArg.Rule == Rule.ArglistStar)
                {
                    if (hasDoubleStar)
                    {
                        throw Error(pnsArg, CompilerErrors.StarAfterDoubleStar);
                    }

                    if (i >= smallIntBits - 1)
                    {
                        throw Error(pnsArg, CompilerErrors.TooManyArgs);
                    }

                    hasStar = true;
                    starBits |= 1L << i;
                    CompileNode(pnsArg[0]);
                    positional++;
                    continue;
                }

                if (pnsArg.Rule == Rule.ArglistDblStar)
                {
                    hasDoubleStar = true;
                    emit.LoadNull();
                    CompileNode(pnsArg[0]);
                    keyword++;
                    continue;
                }

                if (pnsArg.Rule == Rule.Argument)
                {
                    if (pnsArg[1] is RuleNode { Rule: Rule.Argument3 } walrus)
                    {
                        CompileNamedExpr(pnsArg[0], walrus[0]);
                        positional++;
                    }
                    else if (IsRule(pnsArg[1], Rule.CompFor))
                    {
                        CompileComprehension(pnsArg, ScopeKind.GenExpr);
                        positional++;
                    }
                    else
                    {
                        if (pnsArg[0] is not IdNode keywordName)
                        {
                            throw Error(pnsArg, CompilerErrors.KeywordNotId);
                        }

                        emit.LoadConstString(keywordName.Name);
                        CompileNode(pnsArg[1]);
                        keyword++;
                    }

                    continue;
                }
            }

            if (hasDoubleStar)
            {
                throw Error(arg, CompilerErrors.PositionalAfterDoubleStar, culprit: arg);
            }

            if (keyword > 0)
            {
                throw Error(arg, CompilerErrors.PositionalAfterKeyword, culprit: arg);
            }

            CompileNode(arg);
            positional++;
        }

        var starFlags = hasStar || hasDoubleStar;
        if (starFlags)
        {
            emit.LoadConstSmallInt(starBits);
        }

        if (isMethodCall)
        {
            emit.CallMethod(positional, keyword, starFlags);
        }
        else
        {
            emit.CallFunction(positional, keyword, starFlags);
        }
    }

    private void CompileAtomParen(RuleNode pns)
    {
        if (pns[0] is null)
        {
            emit.BuildTuple(0);
            return;
        }

        var list = (RuleNode)pns[0]!;
        if (HasCompFor(list))
        {
            CompileComprehension(list, ScopeKind.GenExpr);
        }
        else
        {
            CompileGenericTuple(list);
        }
    }

    private void CompileAtomBracket(RuleNode pns)
    {
        if (pns[0] is null)
        {
            emit.BuildList(0);
        }
        else if (pns[0] is RuleNode { Rule: Rule.TestlistComp } list)
        {
            if (HasCompFor(list))
            {
                CompileComprehension(list, ScopeKind.ListComp);
            }
            else
            {
                CompileGenericAllNodes(list);
                emit.BuildList(list.Count);
            }
        }
        else
        {
            CompileNode(pns[0]);
            emit.BuildList(1);
        }
    }

    private void CompileAtomBrace(RuleNode pns, bool createMap)
    {
        var pn = pns[0];
        if (pn is null)
        {
            if (createMap)
            {
                emit.BuildMap(0);
            }

            return;
        }

        if (pn is RuleNode { Rule: Rule.DictorsetmakerItem })
        {
            if (createMap)
            {
                emit.BuildMap(1);
            }

            CompileNode(pn);
            emit.StoreMap();
            return;
        }

        if (pn is not RuleNode { Rule: Rule.Dictorsetmaker } maker)
        {
            CompileNode(pn);
            emit.BuildSet(1);
            return;
        }

        var tail = (RuleNode)maker[1]!;
        var firstIsItem = IsRule(maker[0], Rule.DictorsetmakerItem);
        if (tail.Rule != Rule.DictorsetmakerList)
        {
            CompileComprehension(maker, firstIsItem ? ScopeKind.DictComp : ScopeKind.SetComp);
            return;
        }

        var items = ListOf(tail, 0, Rule.DictorsetmakerList2);
        if (firstIsItem)
        {
            if (createMap)
            {
                emit.BuildMap(1 + items.Length);
            }

            CompileNode(maker[0]);
            emit.StoreMap();
        }
        else
        {
            CompileNode(maker[0]);
        }

        foreach (var item in items)
        {
            var isKeyValue = IsRule(item, Rule.DictorsetmakerItem);
            CompileNode(item);
            if (firstIsItem)
            {
                if (!isKeyValue)
                {
                    throw Error(maker, CompilerErrors.ExpectingKeyValue, culprit: item);
                }

                emit.StoreMap();
            }
            else if (isKeyValue)
            {
                throw Error(maker, CompilerErrors.ExpectingValue, culprit: item);
            }
        }

        if (!firstIsItem)
        {
            emit.BuildSet(1 + items.Length);
        }
    }

    private void CompileSubscript(RuleNode pns)
    {
        if (pns.Rule == Rule.Subscript2)
        {
            CompileNode(pns[0]);
            pns = (RuleNode)pns[1]!;
        }
        else
        {
            emit.LoadConstNone();
        }

        var pn = pns[0];
        if (pn is null)
        {
            emit.LoadConstNone();
            emit.BuildSlice(2);
            return;
        }

        if (pn is RuleNode { Rule: Rule.Subscript3c } c)
        {
            emit.LoadConstNone();
            if (c[0] is null)
            {
                emit.BuildSlice(2);
            }
            else
            {
                CompileNode(c[0]);
                emit.BuildSlice(3);
            }

            return;
        }

        if (pn is RuleNode { Rule: Rule.Subscript3d } d)
        {
            CompileNode(d[0]);
            var sliceOp = (RuleNode)d[1]!;
            if (sliceOp[0] is null)
            {
                emit.BuildSlice(2);
            }
            else
            {
                CompileNode(sliceOp[0]);
                emit.BuildSlice(3);
            }

            return;
        }

        CompileNode(pn);
        emit.BuildSlice(2);
    }
}
