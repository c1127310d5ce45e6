using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MicroPython.Bytecode;
using MicroPython.Bytecode.Constants;
using MicroPython.Compiler.Diagnostics;
using MicroPython.Compiler.Syntax;

namespace MicroPython.Compiler.Emit;

/// <summary>
/// Turns a parse tree into raw code the way MicroPython's compiler does: a scope pass over every
/// scope (discovering inner scopes breadth first), then closure resolution and local numbering,
/// then per scope the stack-size, code-size and emit passes. Only the scope and stack-size passes
/// walk the tree: the later two could only change jump lengths, so they replay the stack-size
/// pass's record (see <see cref="BytecodeEmitter.Replay"/>), and a scope without jumps is finished
/// after its stack-size pass. The rule handlers are split over the partial files by topic.
/// </summary>
internal sealed partial class CodeGenerator
{
    private const int NoLabel = -1;

    // Set on a break label to say the break leaves a for loop (its iterator must be popped).
    private const int BreakFromFor = 1 << 24;

    // how often the stack's room is measured (see EnsureStack); a power of two
    private const int StackCheckInterval = 8;

    private readonly QstrTable qstrs;
    private readonly ConstantTable constants = new();
    private readonly BytecodeEmitter emit;
    private readonly int optimizationLevel;
    private readonly int smallIntBits;
    private readonly List<Scope> scopes = [];
    private readonly Dictionary<RuleNode, Scope> scopeOfNode = new(ReferenceEqualityComparer.Instance);

    private CompilePass pass;
    private Scope cur = null!;
    private int nextLabel;
    private int stackChecks;
    private bool haveStar;
    private int numDictParams;
    private int numDefaultParams;
    private int breakLabel = NoLabel;
    private int continueLabel = NoLabel;
    private int curExceptLevel;
    private int breakContinueExceptLevel;

    private CodeGenerator(string sourceName, int expectedQstrs, int optimizationLevel, int smallIntBits)
    {
        qstrs = new QstrTable(sourceName, expectedQstrs);
        this.optimizationLevel = optimizationLevel;
        this.smallIntBits = smallIntBits;
        emit = new BytecodeEmitter(qstrs, constants, writeLines: optimizationLevel < 3, EmitterBuffers.Rent());
    }

    /// <summary>Compiles a parsed module.</summary>
    /// <exception cref="CompileError">The program has an error only the compiler detects.</exception>
    public static MpyModule Compile(ParseTree tree, int optimizationLevel, int smallIntBits)
    {
        var generator = new CodeGenerator(tree.SourceName, tree.NameCount + 16, optimizationLevel, smallIntBits);
        try
        {
            return generator.Run(tree.Root);
        }
        finally
        {
            EmitterBuffers.Return(generator.emit.ReleaseBuffers());
        }
    }

    private MpyModule Run(ParseNode root)
    {
        var module = NewScope(ScopeKind.Module, root, "<module>");
        try
        {
            for (var i = 0; i < scopes.Count; i++)
            {
                var s = scopes[i];
                CompileScope(s, CompilePass.Scope);
                foreach (var id in s.Symbols)
                {
                    if (id.Kind == SymbolKind.GlobalImplicit)
                    {
                        s.CheckToCloseOver(id);
                    }
                }
            }

            foreach (var s in CollectionsMarshal.AsSpan(scopes))
            {
                s.AssignLocals();
                CheckClosureLimits(s);
            }

            foreach (var s in CollectionsMarshal.AsSpan(scopes))
            {
                CompileScope(s, CompilePass.StackSize);
                if (!emit.TryFinishWithoutJumps())
                {
                    emit.Replay(CompilePass.CodeSize);
                    while (!emit.Replay(CompilePass.Emit))
                    {
                    }
                }

                if (emit.Overflowed)
                {
                    throw CompilerErrors.Create("RuntimeError", CompilerErrors.BytecodeOverflow, 0, 0, null);
                }
            }
        }
        catch (CompileFailure failure)
        {
            failure.Blame(cur.Node);
            throw CompilerErrors.Create("SyntaxError", failure.Message, failure.Line, failure.Column, cur.SimpleName);
        }

        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            var s = scopes[i];
            var parts = s.Output!;
            var children = new RawCode[s.Children.Count];
            for (var c = 0; c < children.Length; c++)
            {
                children[c] = s.Children[c].Built!;
            }

            s.Built = new RawCode(parts.Prelude, parts.Code, children);
        }

        return new MpyModule(MpyHeader.ForBytecode(smallIntBits), qstrs.ToList(), constants.Items.ToArray(), module.Built!);
    }

    /// <summary>
    /// Cells are numbered in one byte (closure section, MAKE_CLOSURE count); mpy-cross asserts
    /// instead of reporting this, so the message is ours.
    /// </summary>
    private static void CheckClosureLimits(Scope scope)
    {
        var tooMany = scope.NumFree > 255;
        foreach (var symbol in scope.Symbols)
        {
            tooMany |= symbol.Kind == SymbolKind.Cell && symbol.LocalNum > 255;
        }

        if (tooMany)
        {
            throw CompilerErrors.Create("RuntimeError", CompilerErrors.TooManyCells, LineOf(scope.Node), ColumnOf(scope.Node), scope.SimpleName);
        }
    }

    private Scope NewScope(ScopeKind kind, ParseNode? node, string simpleName)
    {
        var scope = new Scope(kind, node, scopes.Count == 0 ? null : cur, simpleName);
        if (scope.Depth >= MpyReader.MaxRawCodeDepth)
        {
            // deeper than any reader of the .mpy accepts (ours included), so it is refused here
            throw CompilerErrors.Create("RuntimeError", CompilerErrors.TooDeep, LineOf(node), ColumnOf(node), cur.SimpleName);
        }

        scopes.Add(scope);
        return scope;
    }

    /// <summary>The scope of a def/class/lambda/comprehension node, created in the scope pass.</summary>
    private Scope ScopeFor(RuleNode node, ScopeKind kind, string simpleName)
    {
        if (pass == CompilePass.Scope)
        {
            var scope = NewScope(kind, node, simpleName);
            scopeOfNode[node] = scope;
            return scope;
        }

        return scopeOfNode[node];
    }

    private bool CompileScope(Scope scope, CompilePass newPass)
    {
        pass = newPass;
        cur = scope;
        nextLabel = 0;
        emit.StartPass(newPass, scope);
        if (pass == CompilePass.Scope)
        {
            scope.StackSize = 0;
            scope.ExcStackSize = 0;
        }

        switch (scope.Kind)
        {
            case ScopeKind.Module:
                CompileNode(scope.Node);
                emit.LoadConstNone();
                emit.ReturnValue();
                break;
            case ScopeKind.Function:
                CompileFunctionBody((RuleNode)scope.Node!);
                break;
            case ScopeKind.Lambda:
                CompileLambdaBody((RuleNode)scope.Node!);
                break;
            case ScopeKind.Class:
                CompileClassBody((RuleNode)scope.Node!);
                break;
            default:
                CompileComprehensionBody((RuleNode)scope.Node!);
                break;
        }

        return emit.EndPass();
    }

    private int NewLabel() => nextLabel++;

    /// <summary>The line the reference takes from a node: only its struct nodes (rules, constant objects) carry one.</summary>
    internal static int LineOf(ParseNode? node) => node is RuleNode or ConstNode ? node.Line : 0;

    /// <summary>The column that goes with <see cref="LineOf"/>.</summary>
    internal static int ColumnOf(ParseNode? node) => LineOf(node) == 0 ? 0 : node!.Column;

    private static bool IsRule(ParseNode? node, Rule rule) => node is RuleNode r && r.Rule == rule;

    private static bool HasStar(ReadOnlySpan<ParseNode?> nodes)
    {
        foreach (var node in nodes)
        {
            if (IsRule(node, Rule.StarExpr))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The items of child <paramref name="index"/> of <paramref name="parent"/> when it is a
    /// <paramref name="listRule"/> node, else that child alone: viewed in place, so that no array is
    /// made for the one (a call with one argument, say).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<ParseNode?> ListOf(RuleNode parent, int index, Rule listRule) => ListOf(in parent.Children[index], listRule);

    /// <summary>The same for a node held in a variable, which the view of a lone node refers to.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<ParseNode?> ListOf(ref readonly ParseNode? node, Rule listRule) => node switch
    {
        null => [],
        RuleNode r when r.Rule == listRule => r.Children,
        _ => new ReadOnlySpan<ParseNode?>(in node),
    };

    /// <summary>
    /// An error blamed on <paramref name="node"/> as the reference blames it (which decides the
    /// line), pointing at <paramref name="culprit"/> when that is on the same line.
    /// </summary>
    private static CompileFailure Error(ParseNode? node, string message, ParseNode? culprit = null)
    {
        var failure = new CompileFailure(message, culprit);
        failure.Blame(node);
        return failure;
    }

    private void CompileNode(ParseNode? node)
    {
        switch (node)
        {
            case null:
                return;
            case SmallIntNode i:
                emit.LoadConstSmallInt(i.Value);
                return;
            case IdNode id:
                LoadId(id.Name);
                return;
            case StringNode s:
                emit.LoadConstString(s.Content);
                return;
            case TokenNode t:
                LoadToken(t.Kind);
                return;
            case ConstNode c:
                emit.SetSourceLine(c.Line);
                emit.LoadConstObject(c.Value);
                return;
            case RuleNode r:
                EnsureStack(r);
                emit.SetSourceLine(r.Line);
                CompileRule(r);
                return;
        }
    }

    /// <summary>
    /// The compiler recurses along the tree; rather than overflow the thread's stack on a
    /// pathologically nested program it stops with an error. The stack is measured at one call
    /// in <see cref="StackCheckInterval"/>: the tree cannot grow deeper than that many levels
    /// between two measures, and that many frames fit many times over in the room a passed
    /// measure guarantees.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnsureStack(ParseNode? node)
    {
        if ((++stackChecks & (StackCheckInterval - 1)) == 0)
        {
            MeasureStack(node);
        }
    }

    private void MeasureStack(ParseNode? node)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw CompilerErrors.Create("RuntimeError", CompilerErrors.TooDeep, LineOf(node), ColumnOf(node), cur.SimpleName);
        }
    }

    private void LoadToken(TokenKind kind)
    {
        switch (kind)
        {
            case TokenKind.KwNone:
                emit.LoadConstNone();
                break;
            case TokenKind.KwTrue:
                emit.LoadConstBool(true);
                break;
            case TokenKind.KwFalse:
                emit.LoadConstBool(false);
                break;
            case TokenKind.Ellipsis:
                emit.LoadConstObject(MpySingleton.Ellipsis);
                break;
        }
    }

    private void CompileRule(RuleNode pns)
    {
        switch (pns.Rule)
        {
            case Rule.FileInput:
            case Rule.FileInput2:
            case Rule.SimpleStmt2:
            case Rule.PassStmt:
            case Rule.SuiteBlockStmts:
                CompileGenericAllNodes(pns);
                break;
            case Rule.Decorated: CompileDecorated(pns); break;
            case Rule.Funcdef: CompileFuncdef(pns); break;
            case Rule.ExprStmt: CompileExprStmt(pns); break;
            case Rule.TestlistStarExpr:
            case Rule.Subscriptlist:
            case Rule.Testlist:
                CompileGenericTuple(pns);
                break;
            case Rule.DelStmt: CompileDelStmt(pns); break;
            case Rule.BreakStmt:
            case Rule.ContinueStmt:
                CompileBreakContinue(pns);
                break;
            case Rule.ReturnStmt: CompileReturn(pns); break;
            case Rule.YieldStmt:
                CompileNode(pns[0]);
                emit.PopTop();
                break;
            case Rule.RaiseStmt: CompileRaise(pns); break;
            case Rule.ImportName: CompileImportName(pns); break;
            case Rule.ImportFrom: CompileImportFrom(pns); break;
            case Rule.GlobalStmt:
            case Rule.NonlocalStmt:
                CompileGlobalNonlocal(pns);
                break;
            case Rule.AssertStmt: CompileAssert(pns); break;
            case Rule.AsyncStmt: CompileAsyncStmt(pns); break;
            case Rule.IfStmt: CompileIf(pns); break;
            case Rule.WhileStmt: CompileWhile(pns); break;
            case Rule.ForStmt: CompileFor(pns); break;
            case Rule.TryStmt: CompileTry(pns); break;
            case Rule.WithStmt: CompileWith(pns); break;
            case Rule.NamedexprTest: CompileNamedExpr(pns[0], pns[1]); break;
            case Rule.TestIfExpr: CompileTestIfExpr(pns); break;
            case Rule.Lambdef:
            case Rule.LambdefNocond:
                CompileLambdef(pns);
                break;
            case Rule.OrTest:
            case Rule.AndTest:
                CompileOrAndTest(pns);
                break;
            case Rule.NotTest2:
                CompileNode(pns[0]);
                emit.UnaryOp(UnaryOperator.Not);
                break;
            case Rule.Comparison: CompileComparison(pns); break;
            case Rule.StarExpr: throw Error(pns, CompilerErrors.StarNotTarget);
            case Rule.Expr:
            case Rule.XorExpr:
            case Rule.AndExpr:
                CompileBitwise(pns);
                break;
            case Rule.ShiftExpr:
            case Rule.ArithExpr:
            case Rule.Term:
                CompileTerm(pns);
                break;
            case Rule.Factor2: CompileFactor(pns); break;
            case Rule.Power:
                CompileGenericAllNodes(pns);
                emit.BinaryOp(BinaryOperator.Power);
                break;
            case Rule.AtomExprAwait: CompileAwait(pns); break;
            case Rule.AtomExprNormal: CompileAtomExprNormal(pns); break;
            case Rule.AtomParen: CompileAtomParen(pns); break;
            case Rule.AtomBracket: CompileAtomBracket(pns); break;
            case Rule.AtomBrace: CompileAtomBrace(pns, createMap: true); break;
            case Rule.TrailerParen: CompileCall(pns[0], isMethodCall: false, extraPositional: 0); break;
            case Rule.TrailerBracket:
                CompileNode(pns[0]);
                emit.LoadSubscr();
                break;
            case Rule.TrailerPeriod:
                emit.LoadAttr(((IdNode)pns[0]!).Name);
                break;
            case Rule.Subscript2:
            case Rule.Subscript3:
                CompileSubscript(pns);
                break;
            case Rule.DictorsetmakerItem:
                CompileNode(pns[1]);
                CompileNode(pns[0]);
                break;
            case Rule.Classdef: CompileClassdef(pns); break;
            case Rule.YieldExpr: CompileYieldExpr(pns); break;
            default:
                throw Error(pns, CompilerErrors.InvalidSyntax);
        }
    }

    private void CompileGenericAllNodes(RuleNode pns)
    {
        foreach (var child in pns.Children)
        {
            try
            {
                CompileNode(child);
            }
            catch (CompileFailure failure)
            {
                failure.Blame(child);
                throw;
            }
        }
    }

    private void CompileGenericTuple(RuleNode pns)
    {
        foreach (var child in pns.Children)
        {
            CompileNode(child);
        }

        emit.BuildTuple(pns.Count);
    }

    private void LoadId(string name)
    {
        if (pass == CompilePass.Scope)
        {
            cur.FindOrAdd(name, SymbolKind.GlobalImplicit);
            return;
        }

        var id = cur.Find(name);
        switch (id?.Kind)
        {
            case SymbolKind.GlobalExplicit:
                emit.LoadGlobal(name, explicitGlobal: true);
                break;
            case SymbolKind.Local:
                emit.LoadLocal(id.LocalNum, deref: false);
                break;
            case SymbolKind.Cell or SymbolKind.Free:
                emit.LoadLocal(id.LocalNum, deref: true);
                break;
            default:
                emit.LoadGlobal(name, explicitGlobal: false);
                break;
        }
    }

    private void StoreId(string name)
    {
        if (pass == CompilePass.Scope)
        {
            IdForModification(cur, name);
            return;
        }

        var id = cur.Find(name);
        switch (id?.Kind)
        {
            case SymbolKind.GlobalExplicit:
                emit.StoreGlobal(name, explicitGlobal: true);
                break;
            case SymbolKind.Local:
                emit.StoreLocal(id.LocalNum, deref: false);
                break;
            case SymbolKind.Cell or SymbolKind.Free:
                emit.StoreLocal(id.LocalNum, deref: true);
                break;
            default:
                emit.StoreGlobal(name, explicitGlobal: false);
                break;
        }
    }

    private void DeleteId(string name)
    {
        if (pass == CompilePass.Scope)
        {
            IdForModification(cur, name);
            return;
        }

        var id = cur.Find(name);
        switch (id?.Kind)
        {
            case SymbolKind.GlobalExplicit:
                emit.DeleteGlobal(name, explicitGlobal: true);
                break;
            case SymbolKind.Local:
                emit.DeleteLocal(id.LocalNum, deref: false);
                break;
            case SymbolKind.Cell or SymbolKind.Free:
                emit.DeleteLocal(id.LocalNum, deref: true);
                break;
            default:
                emit.DeleteGlobal(name, explicitGlobal: false);
                break;
        }
    }

    private static Symbol IdForModification(Scope scope, string name)
    {
        var id = scope.FindOrAdd(name, SymbolKind.GlobalImplicit);
        if (id.Kind == SymbolKind.GlobalImplicit)
        {
            id.Kind = scope.IsFunctionLike ? SymbolKind.Local : SymbolKind.GlobalImplicitAssigned;
        }

        return id;
    }

    private void IncreaseExceptLevel(int label, Action<int> setup)
    {
        setup(label);
        curExceptLevel++;
        if (curExceptLevel > cur.ExcStackSize)
        {
            cur.ExcStackSize = curExceptLevel;
        }
    }

    private void DecreaseExceptLevel()
    {
        curExceptLevel--;
        emit.EndFinally();
    }
}
