using MicroPython.Bytecode;
using MicroPython.Compiler.Syntax;

namespace MicroPython.Compiler.Emit;

/// <summary>Scopes: def, lambda, class, decorators, comprehensions, parameters and closures.</summary>
internal sealed partial class CodeGenerator
{
    private void CompileFuncdef(RuleNode pns) => StoreId(FunctionDefinition(pns));

    private string FunctionDefinition(RuleNode pns)
    {
        var scope = ScopeFor(pns, ScopeKind.Function, ((IdNode)pns[0]!).Name);
        CompileDefaultsAndMake(scope, pns[1], Rule.Typedargslist);
        return scope.SimpleName;
    }

    private void CompileLambdef(RuleNode pns)
    {
        var scope = ScopeFor(pns, ScopeKind.Lambda, "<lambda>");
        CompileDefaultsAndMake(scope, pns[0], Rule.Varargslist);
    }

    private void CompileClassdef(RuleNode pns) => StoreId(ClassDefinition(pns));

    private string ClassDefinition(RuleNode pns)
    {
        var scope = ScopeFor(pns, ScopeKind.Class, ((IdNode)pns[0]!).Name);
        emit.LoadBuildClass();
        MakeFunctionOrClosure(scope, 0, 0);
        emit.LoadConstString(scope.SimpleName);
        var parents = IsRule(pns[1], Rule.Classdef2) ? null : pns[1];
        CompileCall(parents, isMethodCall: false, extraPositional: 2);
        return scope.SimpleName;
    }

    private void CompileDecorated(RuleNode pns)
    {
        var decorators = ListOf(pns, 0, Rule.Decorators);
        var builtIn = 0;
        foreach (var node in decorators)
        {
            var decorator = (RuleNode)node!;
            var names = ListOf(decorator, 0, Rule.DottedName);
            if (IsBuiltInDecorator(names))
            {
                builtIn++;
                continue;
            }

            CompileNode(names[0]);
            for (var j = 1; j < names.Length; j++)
            {
                emit.LoadAttr(((IdNode)names[j]!).Name);
            }

            if (decorator[1] is not null)
            {
                CompileNode(decorator[1]);
            }
        }

        var body = (RuleNode)pns[1]!;
        string name;
        if (body.Rule == Rule.Funcdef)
        {
            name = FunctionDefinition(body);
        }
        else if (body.Rule == Rule.AsyncFuncdef)
        {
            var def = (RuleNode)body[0]!;
            name = FunctionDefinition(def);
            scopeOfNode[def].Flags |= ScopeFlags.Generator;
        }
        else
        {
            name = ClassDefinition(body);
        }

        for (var i = 0; i < decorators.Length - builtIn; i++)
        {
            emit.CallFunction(1, 0, false);
        }

        StoreId(name);
    }

    /// <summary>
    /// <c>@micropython.xxx</c> decorators choose the code emitter instead of being called. Only
    /// bytecode is possible without a target architecture, as in mpy-cross without <c>-march</c>.
    /// </summary>
    private static bool IsBuiltInDecorator(ReadOnlySpan<ParseNode?> names)
    {
        if (names[0] is not IdNode { Name: "micropython" })
        {
            return false;
        }

        if (names.Length != 2)
        {
            throw Error(names[0], CompilerErrors.InvalidDecorator, culprit: names[0]);
        }

        return ((IdNode)names[1]!).Name switch
        {
            "bytecode" => true,
            "native" or "viper" or "asm_thumb" or "asm_xtensa" or "asm_rv32" => throw Error(names[1], CompilerErrors.InvalidArch, culprit: names[1]),
            _ => throw Error(names[1], CompilerErrors.InvalidDecorator, culprit: names[1]),
        };
    }

    /// <summary>Compiles default values (positional into a tuple, keyword-only into a dict) and makes the function.</summary>
    private void CompileDefaultsAndMake(Scope scope, ParseNode? parameters, Rule listRule)
    {
        var saved = (haveStar, numDictParams, numDefaultParams);
        haveStar = false;
        numDictParams = 0;
        numDefaultParams = 0;
        foreach (var param in ListOf(in parameters, listRule))
        {
            CompileDefault(param!);
        }

        if (numDefaultParams > 0 && numDictParams == 0)
        {
            emit.BuildTuple(numDefaultParams);
            emit.LoadNull();
        }

        MakeFunctionOrClosure(scope, numDefaultParams, numDictParams);
        (haveStar, numDictParams, numDefaultParams) = saved;
    }

    private void CompileDefault(ParseNode pn)
    {
        if (pn is RuleNode { Rule: Rule.TypedargslistStar or Rule.VarargslistStar })
        {
            haveStar = true;
            return;
        }

        if (pn is RuleNode { Rule: Rule.TypedargslistDblStar or Rule.VarargslistDblStar })
        {
            return;
        }

        ParseNode? id = pn;
        ParseNode? defaultValue = null;
        if (pn is RuleNode { Rule: Rule.TypedargslistName } typed)
        {
            id = typed[0];
            defaultValue = typed[2];
        }
        else if (pn is RuleNode { Rule: Rule.VarargslistName } plain)
        {
            id = plain[0];
            defaultValue = plain[1];
        }

        if (defaultValue is null)
        {
            if (!haveStar && numDefaultParams != 0)
            {
                throw Error(pn, CompilerErrors.NonDefaultAfterDefault, culprit: pn);
            }

            return;
        }

        if (!haveStar)
        {
            numDefaultParams++;
            CompileNode(defaultValue);
            return;
        }

        numDictParams++;
        if (numDictParams == 1)
        {
            if (numDefaultParams > 0)
            {
                emit.BuildTuple(numDefaultParams);
            }
            else
            {
                emit.LoadNull();
            }

            emit.BuildMap(0);
        }

        CompileNode(defaultValue);
        emit.LoadConstString(((IdNode)id!).Name);
        emit.StoreMap();
    }

    /// <summary>Loads the cells the new function closes over (in this scope's symbol order) and makes it.</summary>
    private void MakeFunctionOrClosure(Scope child, int numPosDefaults, int numKwDefaults)
    {
        if (numKwDefaults > 0)
        {
            child.Flags |= ScopeFlags.DefaultKeywordArgs;
        }

        child.NumDefPosArgs = numPosDefaults;
        var numFree = 0;
        if (cur.Kind != ScopeKind.Module && child.NumFree > 0)
        {
            foreach (var id in cur.Symbols)
            {
                if (id.Kind is not (SymbolKind.Cell or SymbolKind.Free))
                {
                    continue;
                }

                if (child.Find(id.Name) is { Kind: SymbolKind.Free })
                {
                    emit.LoadLocal(id.LocalNum, deref: false);
                    numFree++;
                }
            }
        }

        var hasDefaults = numPosDefaults > 0 || numKwDefaults > 0;
        if (numFree == 0)
        {
            emit.MakeFunction(child, hasDefaults);
        }
        else
        {
            emit.MakeClosure(child, numFree, hasDefaults);
        }
    }

    private void CompileComprehension(RuleNode pns, ScopeKind kind)
    {
        var compFor = (RuleNode)pns[1]!;
        var simpleName = kind switch
        {
            ScopeKind.ListComp => "<listcomp>",
            ScopeKind.DictComp => "<dictcomp>",
            ScopeKind.SetComp => "<setcomp>",
            _ => "<genexpr>",
        };
        var scope = ScopeFor(pns, kind, simpleName);
        MakeFunctionOrClosure(scope, 0, 0);
        CompileNode(compFor[1]);
        if (kind == ScopeKind.GenExpr)
        {
            emit.GetIter(useStack: false);
        }

        emit.CallFunction(1, 0, false);
    }

    private void CompileFunctionBody(RuleNode pns)
    {
        if (pass == CompilePass.Scope)
        {
            haveStar = false;
            foreach (var param in ListOf(pns, 1, Rule.Typedargslist))
            {
                DeclareParameter(param!, Rule.TypedargslistName, Rule.TypedargslistStar, Rule.TypedargslistDblStar);
            }
        }

        CompileNode(pns[3]);
        emit.LoadConstNone();
        emit.ReturnValue();
    }

    private void CompileLambdaBody(RuleNode pns)
    {
        emit.SetSourceLine(pns.Line);
        if (pass == CompilePass.Scope)
        {
            haveStar = false;
            foreach (var param in ListOf(pns, 0, Rule.Varargslist))
            {
                DeclareParameter(param!, Rule.VarargslistName, Rule.VarargslistStar, Rule.VarargslistDblStar);
            }
        }

        CompileNode(pns[1]);
        if ((cur.Flags & ScopeFlags.Generator) != 0)
        {
            emit.PopTop();
            emit.LoadConstNone();
        }

        emit.ReturnValue();
    }

    private void DeclareParameter(ParseNode pn, Rule nameRule, Rule starRule, Rule doubleStarRule)
    {
        if ((cur.Flags & ScopeFlags.VarKeywords) != 0)
        {
            throw Error(pn, CompilerErrors.InvalidSyntax, culprit: pn);
        }

        string? name = null;
        var flags = SymbolFlags.Param;
        if (pn is IdNode id)
        {
            name = id.Name;
            CountParameter();
        }
        else
        {
            var pns = (RuleNode)pn;
            if (pns.Rule == nameRule)
            {
                name = ((IdNode)pns[0]!).Name;
                CountParameter();
            }
            else if (pns.Rule == starRule)
            {
                if (haveStar)
                {
                    throw Error(pn, CompilerErrors.InvalidSyntax, culprit: pn);
                }

                haveStar = true;
                flags |= SymbolFlags.StarParam;
                if (pns[0] is IdNode starName)
                {
                    cur.Flags |= ScopeFlags.VarArgs;
                    name = starName.Name;
                }
                else if (pns[0] is RuleNode typedStar)
                {
                    cur.Flags |= ScopeFlags.VarArgs;
                    name = ((IdNode)typedStar[0]!).Name;
                }
            }
            else if (pns.Rule == doubleStarRule)
            {
                name = ((IdNode)pns[0]!).Name;
                flags |= SymbolFlags.DoubleStarParam;
                cur.Flags |= ScopeFlags.VarKeywords;
            }
        }

        if (name is null)
        {
            return;
        }

        var symbol = cur.FindOrAdd(name, SymbolKind.Undecided);
        if (symbol.Kind != SymbolKind.Undecided)
        {
            throw Error(pn, CompilerErrors.ArgumentReused, culprit: pn);
        }

        symbol.Kind = SymbolKind.Local;
        symbol.Flags = flags;
    }

    private void CountParameter()
    {
        if (haveStar)
        {
            cur.NumKwOnlyArgs++;
        }
        else
        {
            cur.NumPosArgs++;
        }
    }

    private void CompileComprehensionBody(RuleNode pns)
    {
        var compFor = (RuleNode)pns[1]!;
        if (pass == CompilePass.Scope)
        {
            cur.FindOrAdd("", SymbolKind.Local);
            cur.NumPosArgs = 1;
        }

        emit.SetSourceLine(pns.Line);
        switch (cur.Kind)
        {
            case ScopeKind.ListComp:
                emit.BuildList(0);
                break;
            case ScopeKind.DictComp:
                emit.BuildMap(0);
                break;
            case ScopeKind.SetComp:
                emit.BuildSet(0);
                break;
        }

        if (cur.Kind == ScopeKind.GenExpr)
        {
            emit.LoadNull();
            LoadId("");
            emit.LoadNull();
            emit.LoadNull();
        }
        else
        {
            LoadId("");
            emit.GetIter(useStack: true);
        }

        CompileComprehensionLoop(compFor, pns[0], 0);
        if (cur.Kind == ScopeKind.GenExpr)
        {
            emit.LoadConstNone();
        }

        emit.ReturnValue();
    }

    private void CompileComprehensionLoop(RuleNode compFor, ParseNode? innerExpr, int depth)
    {
        EnsureStack(compFor);

        var top = NewLabel();
        var end = NewLabel();
        emit.LabelAssign(top);
        emit.ForIter(end);
        Assign(compFor[0]!, AssignKind.Store);
        var iter = compFor[2];
        while (iter is RuleNode { Rule: Rule.CompIf } compIf)
        {
            CompileCondition(compIf[0], false, top);
            iter = compIf[1];
        }

        if (iter is null)
        {
            CompileNode(innerExpr);
            if (cur.Kind == ScopeKind.GenExpr)
            {
                emit.YieldValue();
                emit.PopTop();
            }
            else
            {
                emit.StoreComp(cur.Kind, 4 * depth + 5);
            }
        }
        else
        {
            var inner = (RuleNode)iter;
            CompileNode(inner[1]);
            emit.GetIter(useStack: true);
            CompileComprehensionLoop(inner, innerExpr, depth + 1);
        }

        emit.Jump(top);
        emit.LabelAssign(end);
        emit.ForIterEnd();
    }

    private void CompileClassBody(RuleNode pns)
    {
        if (pass == CompilePass.Scope)
        {
            cur.FindOrAdd("__class__", SymbolKind.Local);
        }

        LoadId("__name__");
        StoreId("__module__");
        emit.LoadConstString(((IdNode)pns[0]!).Name);
        StoreId("__qualname__");
        CompileNode(pns[2]);
        var classCell = cur.Find("__class__")!;
        if (classCell.Kind == SymbolKind.Local)
        {
            emit.LoadConstNone();
        }
        else
        {
            emit.LoadLocal(classCell.LocalNum, deref: false);
        }

        emit.ReturnValue();
    }
}
