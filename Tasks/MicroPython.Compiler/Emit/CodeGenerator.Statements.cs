using MicroPython.Compiler.Syntax;

namespace MicroPython.Compiler.Emit;

/// <summary>Simple statements: expression statements and assignment, del, flow, import, global.</summary>
internal sealed partial class CodeGenerator
{
    private void CompileExprStmt(RuleNode pns)
    {
        var rhs = pns[1];
        if (rhs is null)
        {
            // A lone constant (a doc string, a number) compiles to nothing.
            if (pns[0] is SmallIntNode or StringNode or TokenNode or ConstNode)
            {
                return;
            }

            CompileNode(pns[0]);
            emit.PopTop();
            return;
        }

        if (rhs is RuleNode r)
        {
            switch (r.Rule)
            {
                case Rule.Annassign:
                    if (r[1] is null)
                    {
                        // A bare annotation only declares a function's local.
                        if (cur.Kind == ScopeKind.Function && pns[0] is IdNode target)
                        {
                            cur.FindOrAdd(target.Name, SymbolKind.Local);
                        }

                        return;
                    }

                    PlainAssign(pns[0]!, r[1]!);
                    return;
                case Rule.ExprStmtAugassign:
                    Assign(pns[0]!, AssignKind.AugLoad);
                    CompileNode(r[1]);
                    var tok = ((TokenNode)r[0]!).Kind;
                    emit.BinaryOp(BinaryOperator.InplaceOr + (tok - TokenKind.DelPipeEqual));
                    Assign(pns[0]!, AssignKind.AugStore);
                    return;
                case Rule.ExprStmtAssignList:
                    var last = r.Count - 1;
                    CompileNode(r[last]);
                    if (last > 0)
                    {
                        emit.DupTop();
                    }

                    Assign(pns[0]!, AssignKind.Store);
                    for (var i = 0; i < last; i++)
                    {
                        if (i + 1 < last)
                        {
                            emit.DupTop();
                        }

                        Assign(r[i]!, AssignKind.Store);
                    }

                    return;
            }
        }

        PlainAssign(pns[0]!, rhs);
    }

    private void PlainAssign(ParseNode lhs, ParseNode rhs)
    {
        // a, b = c, d (and the three-item form) swap on the stack instead of building a tuple.
        if (rhs is RuleNode { Rule: Rule.TestlistStarExpr } right
            && lhs is RuleNode { Rule: Rule.TestlistStarExpr } left
            && left.Count == right.Count
            && left.Count is 2 or 3
            && !HasStar(left.Children))
        {
            CompileNode(right[0]);
            CompileNode(right[1]);
            if (left.Count == 3)
            {
                CompileNode(right[2]);
                emit.RotThree();
            }

            emit.RotTwo();
            foreach (var target in left.Children)
            {
                Assign(target!, AssignKind.Store);
            }

            return;
        }

        CompileNode(rhs);
        Assign(lhs, AssignKind.Store);
    }

    private void CompileDelStmt(RuleNode pns)
    {
        foreach (var target in ListOf(pns, 0, Rule.Exprlist))
        {
            DeleteTarget(target!);
        }
    }

    private void DeleteTarget(ParseNode pn)
    {
        EnsureStack(pn);

        if (pn is IdNode id)
        {
            DeleteId(id.Name);
            return;
        }

        if (pn is RuleNode { Rule: Rule.AtomExprNormal } pns)
        {
            CompileNode(pns[0]);
            if (pns[1] is RuleNode trailer)
            {
                if (trailer.Rule == Rule.AtomExprTrailers)
                {
                    for (var i = 0; i < trailer.Count - 1; i++)
                    {
                        CompileNode(trailer[i]);
                    }

                    trailer = (RuleNode)trailer[trailer.Count - 1]!;
                }

                if (trailer.Rule == Rule.TrailerBracket)
                {
                    CompileNode(trailer[0]);
                    emit.DeleteSubscr();
                    return;
                }

                if (trailer.Rule == Rule.TrailerPeriod)
                {
                    emit.DeleteAttr(((IdNode)trailer[0]!).Name);
                    return;
                }
            }

            throw Error(pn, CompilerErrors.CannotDelete, culprit: pn);
        }

        if (pn is RuleNode { Rule: Rule.AtomParen } paren && paren[0] is RuleNode { Rule: Rule.TestlistComp } list && !HasCompFor(list))
        {
            foreach (var item in list.Children)
            {
                DeleteTarget(item!);
            }

            return;
        }

        throw Error(pn, CompilerErrors.CannotDelete, culprit: pn);
    }

    private void CompileBreakContinue(RuleNode pns)
    {
        var label = pns.Rule == Rule.BreakStmt ? breakLabel : continueLabel;
        if (label == NoLabel)
        {
            throw Error(pns, CompilerErrors.BreakOutsideLoop);
        }

        emit.UnwindJump(label & ~BreakFromFor, curExceptLevel - breakContinueExceptLevel, (label & BreakFromFor) != 0);
    }

    private void CompileReturn(RuleNode pns)
    {
        if (cur.Kind != ScopeKind.Function)
        {
            throw Error(pns, CompilerErrors.ReturnOutsideFunction);
        }

        if (pns[0] is null)
        {
            emit.LoadConstNone();
        }
        else if (pns[0] is RuleNode { Rule: Rule.TestIfExpr } ifExpr)
        {
            // return a if c else b: two returns instead of a jump over the else value.
            var ifElse = (RuleNode)ifExpr[1]!;
            var fail = NewLabel();
            CompileCondition(ifElse[0], false, fail);
            CompileNode(ifExpr[0]);
            emit.ReturnValue();
            emit.LabelAssign(fail);
            CompileNode(ifElse[1]);
        }
        else
        {
            CompileNode(pns[0]);
        }

        emit.ReturnValue();
    }

    private void CompileRaise(RuleNode pns)
    {
        if (pns[0] is null)
        {
            emit.Raise(0);
        }
        else if (pns[0] is RuleNode { Rule: Rule.RaiseStmtArg } arg)
        {
            CompileNode(arg[0]);
            CompileNode(arg[1]);
            emit.Raise(2);
        }
        else
        {
            CompileNode(pns[0]);
            emit.Raise(1);
        }
    }

    /// <summary>Emits IMPORT_NAME for a dotted name and returns the name the import binds.</summary>
    private string ImportModuleName(ParseNode? pn)
    {
        var isAs = false;
        string? boundName = null;
        if (pn is RuleNode { Rule: Rule.DottedAsName } asName)
        {
            boundName = ((IdNode)asName[1]!).Name;
            pn = asName[0];
            isAs = true;
        }

        switch (pn)
        {
            case null:
                emit.ImportName("");
                return "";
            case IdNode id:
                emit.ImportName(id.Name);
                return isAs ? boundName! : id.Name;
            default:
                var dotted = (RuleNode)pn;
                var parts = new string[dotted.Count];
                for (var i = 0; i < parts.Length; i++)
                {
                    parts[i] = ((IdNode)dotted[i]!).Name;
                }

                emit.ImportName(string.Join('.', parts));
                if (isAs)
                {
                    for (var i = 1; i < parts.Length; i++)
                    {
                        emit.LoadAttr(parts[i]);
                    }

                    return boundName!;
                }

                return parts[0];
        }
    }

    private void CompileImportName(RuleNode pns)
    {
        foreach (var item in ListOf(pns, 0, Rule.DottedAsNames))
        {
            emit.LoadConstSmallInt(0);
            emit.LoadConstNone();
            StoreId(ImportModuleName(item));
        }
    }

    private void CompileImportFrom(RuleNode pns)
    {
        var source = pns[0];
        var level = 0;
        ParseNode? relative = null;
        if (source is TokenNode || IsRule(source, Rule.OneOrMorePeriodOrEllipsis))
        {
            relative = source;
            source = null;
        }
        else if (source is RuleNode { Rule: Rule.ImportFrom2b } withDots)
        {
            relative = withDots[0];
            source = withDots[1];
        }

        if (relative is not null)
        {
            foreach (var dot in ListOf(in relative, Rule.OneOrMorePeriodOrEllipsis))
            {
                level += dot is TokenNode { Kind: TokenKind.DelPeriod } ? 1 : 3;
            }
        }

        if (pns[1] is TokenNode { Kind: TokenKind.OpStar })
        {
            if (cur.Kind != ScopeKind.Module)
            {
                throw Error(pns, CompilerErrors.ImportStarNotModule);
            }

            emit.LoadConstSmallInt(level);
            emit.LoadConstString("*");
            emit.BuildTuple(1);
            ImportModuleName(source);
            emit.ImportStar();
            return;
        }

        emit.LoadConstSmallInt(level);
        var names = ListOf(pns, 1, Rule.ImportAsNames);
        foreach (var name in names)
        {
            emit.LoadConstString(((IdNode)((RuleNode)name!)[0]!).Name);
        }

        emit.BuildTuple(names.Length);
        ImportModuleName(source);
        foreach (var name in names)
        {
            var item = (RuleNode)name!;
            var id = ((IdNode)item[0]!).Name;
            emit.ImportFrom(id);
            StoreId(item[1] is IdNode alias ? alias.Name : id);
        }

        emit.PopTop();
    }

    private void CompileGlobalNonlocal(RuleNode pns)
    {
        if (pass != CompilePass.Scope)
        {
            return;
        }

        var isGlobal = pns.Rule == Rule.GlobalStmt;
        if (!isGlobal && cur.Kind == ScopeKind.Module)
        {
            throw Error(pns, CompilerErrors.NonlocalAtModule);
        }

        foreach (var name in ListOf(pns, 0, Rule.NameList))
        {
            var id = cur.FindOrAdd(((IdNode)name!).Name, SymbolKind.Undecided);
            DeclareGlobalOrNonlocal(pns, id, isGlobal);
        }
    }

    private void DeclareGlobalOrNonlocal(ParseNode pn, Symbol id, bool isGlobal)
    {
        if (isGlobal)
        {
            if (id.Kind is not (SymbolKind.Undecided or SymbolKind.GlobalExplicit))
            {
                throw Error(pn, CompilerErrors.RedefinedAsGlobal);
            }

            id.Kind = SymbolKind.GlobalExplicit;
            var global = cur.FindGlobal(id.Name);
            if (global is not null)
            {
                global.Kind = SymbolKind.GlobalExplicit;
            }

            return;
        }

        if (id.Kind == SymbolKind.Undecided)
        {
            id.Kind = SymbolKind.GlobalImplicit;
            cur.CheckToCloseOver(id);
            if (id.Kind == SymbolKind.GlobalImplicit)
            {
                throw Error(pn, CompilerErrors.NoNonlocalBinding);
            }
        }
        else if (id.Kind != SymbolKind.Free)
        {
            throw Error(pn, CompilerErrors.RedefinedAsNonlocal);
        }
    }

    private void CompileAssert(RuleNode pns)
    {
        if (optimizationLevel != 0)
        {
            return;
        }

        var end = NewLabel();
        CompileCondition(pns[0], true, end);
        emit.LoadGlobal("AssertionError", explicitGlobal: true);
        if (pns[1] is not null)
        {
            CompileNode(pns[1]);
            emit.CallFunction(1, 0, false);
        }

        emit.Raise(1);
        emit.LabelAssign(end);
    }
}
