using MicroPython.Compiler.Syntax;

namespace MicroPython.Compiler.Emit;

/// <summary>Assignment targets: names, attributes, subscripts and (starred) unpacking.</summary>
internal sealed partial class CodeGenerator
{
    private static bool HasCompFor(RuleNode pns) => pns.Count == 2 && IsRule(pns[1], Rule.CompFor);

    private void Assign(ParseNode pn, AssignKind kind)
    {
        EnsureStack(pn);

        switch (pn)
        {
            case IdNode id:
                if (kind == AssignKind.AugLoad)
                {
                    LoadId(id.Name);
                }
                else
                {
                    StoreId(id.Name);
                }

                return;
            case RuleNode pns:
                switch (pns.Rule)
                {
                    case Rule.AtomExprNormal:
                        AssignAtomExpr(pns, kind);
                        return;
                    case Rule.TestlistStarExpr:
                    case Rule.Exprlist:
                        if (kind != AssignKind.Store)
                        {
                            break;
                        }

                        AssignTuple(pns.Children);
                        return;
                    case Rule.AtomParen:
                        if (pns[0] is RuleNode { Rule: Rule.TestlistComp } parenList && kind == AssignKind.Store && !HasCompFor(parenList))
                        {
                            AssignTuple(parenList.Children);
                            return;
                        }

                        break;
                    case Rule.AtomBracket:
                        if (kind != AssignKind.Store)
                        {
                            break;
                        }

                        if (pns[0] is null)
                        {
                            AssignTuple([]);
                            return;
                        }

                        if (pns[0] is RuleNode { Rule: Rule.TestlistComp } bracketList)
                        {
                            if (HasCompFor(bracketList))
                            {
                                break;
                            }

                            AssignTuple(bracketList.Children);
                            return;
                        }

                        AssignTuple([pns[0]]);
                        return;
                }

                break;
        }

        throw Error(pn, CompilerErrors.CannotAssign, culprit: pn);
    }

    private void AssignAtomExpr(RuleNode pns, AssignKind kind)
    {
        if (kind != AssignKind.AugStore)
        {
            CompileNode(pns[0]);
        }

        if (pns[1] is RuleNode trailer)
        {
            if (trailer.Rule == Rule.AtomExprTrailers)
            {
                if (kind != AssignKind.AugStore)
                {
                    for (var i = 0; i < trailer.Count - 1; i++)
                    {
                        CompileNode(trailer[i]);
                    }
                }

                trailer = (RuleNode)trailer[trailer.Count - 1]!;
            }

            if (trailer.Rule == Rule.TrailerBracket)
            {
                if (kind == AssignKind.AugStore)
                {
                    emit.RotThree();
                    emit.StoreSubscr();
                }
                else
                {
                    CompileNode(trailer[0]);
                    if (kind == AssignKind.AugLoad)
                    {
                        emit.DupTopTwo();
                        emit.LoadSubscr();
                    }
                    else
                    {
                        emit.StoreSubscr();
                    }
                }

                return;
            }

            if (trailer.Rule == Rule.TrailerPeriod)
            {
                var name = ((IdNode)trailer[0]!).Name;
                if (kind == AssignKind.AugLoad)
                {
                    emit.DupTop();
                    emit.LoadAttr(name);
                }
                else
                {
                    if (kind == AssignKind.AugStore)
                    {
                        emit.RotTwo();
                    }

                    emit.StoreAttr(name);
                }

                return;
            }
        }

        throw Error(pns, CompilerErrors.CannotAssign);
    }

    private void AssignTuple(ReadOnlySpan<ParseNode?> targets)
    {
        var starIndex = -1;
        for (var i = 0; i < targets.Length; i++)
        {
            if (IsRule(targets[i], Rule.StarExpr))
            {
                if (starIndex >= 0)
                {
                    throw Error(targets[i], CompilerErrors.MultipleStars);
                }

                emit.UnpackEx(i, targets.Length - i - 1);
                starIndex = i;
            }
        }

        if (starIndex < 0)
        {
            emit.UnpackSequence(targets.Length);
        }

        for (var i = 0; i < targets.Length; i++)
        {
            Assign(i == starIndex ? ((RuleNode)targets[i]!)[0]! : targets[i]!, AssignKind.Store);
        }
    }
}
