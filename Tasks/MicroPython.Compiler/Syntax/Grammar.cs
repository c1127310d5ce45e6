namespace MicroPython.Compiler.Syntax;

/// <summary>How a grammar rule consumes its arguments.</summary>
internal enum RuleAction
{
    /// <summary>The first argument that matches.</summary>
    Or,

    /// <summary>All arguments in sequence.</summary>
    And,

    /// <summary>All arguments; a node with a single non-empty child is replaced by that child.</summary>
    AndIdent,

    /// <summary>All arguments, plus an empty child at the end that the compiler uses.</summary>
    AndBlank,

    /// <summary><c>item (sep item)*</c>.</summary>
    List,

    /// <summary><c>item item*</c>.</summary>
    OneOrMore,

    /// <summary><c>item (sep item)* [sep]</c>.</summary>
    ListWithEnd,
}

/// <summary>One argument of a rule: a token to match, a rule, or an optional rule.</summary>
/// <param name="Token">The token, when this argument is a token.</param>
/// <param name="Rule">The rule, when this argument is a rule.</param>
/// <param name="IsToken">Whether this argument is a token.</param>
/// <param name="IsOptional">Whether this argument is an optional rule.</param>
internal readonly record struct RuleArg(TokenKind Token, Rule Rule, bool IsToken, bool IsOptional);

/// <summary>A rule's action and arguments.</summary>
/// <param name="Action">The action.</param>
/// <param name="Args">The arguments.</param>
internal sealed record RuleDefinition(RuleAction Action, RuleArg[] Args)
{
    /// <summary>How many results a finished <c>and</c> rule leaves on the result stack: one per rule argument (null if it was absent) and per name token.</summary>
    public int ResultCount { get; } = Args.Count(arg => !arg.IsToken || arg.Token == TokenKind.Name);
}

/// <summary>
/// MicroPython v1.28's grammar (py/grammar.h) with async/await, <c>:=</c>, slices and sets enabled,
/// as data the parser interprets.
/// </summary>
internal static class Grammar
{
    private static readonly RuleDefinition[] Definitions = Build();

    public static RuleDefinition Of(Rule rule) => Definitions[(int)rule];

    /// <summary>Every rule's definition, indexed by rule, for the parser to hold on to.</summary>
    public static RuleDefinition[] All => Definitions;

    private static RuleArg T(TokenKind token) => new(token, default, true, false);

    private static RuleArg R(Rule rule) => new(default, rule, false, false);

    private static RuleArg O(Rule rule) => new(default, rule, false, true);

    private static RuleDefinition[] Build()
    {
        var table = new RuleDefinition[Enum.GetValues<Rule>().Length];
        void Define(Rule rule, RuleAction action, params RuleArg[] args) => table[(int)rule] = new RuleDefinition(action, args);

        Define(Rule.GenericColonTest, RuleAction.AndIdent, T(TokenKind.DelColon), R(Rule.Test));
        Define(Rule.GenericEqualTest, RuleAction.AndIdent, T(TokenKind.DelEqual), R(Rule.Test));
        Define(Rule.SingleInput, RuleAction.Or, T(TokenKind.Newline), R(Rule.SimpleStmt), R(Rule.CompoundStmt));
        Define(Rule.FileInput, RuleAction.AndIdent, O(Rule.FileInput2));
        Define(Rule.FileInput2, RuleAction.OneOrMore, R(Rule.FileInput3));
        Define(Rule.FileInput3, RuleAction.Or, T(TokenKind.Newline), R(Rule.Stmt));
        Define(Rule.EvalInput, RuleAction.AndIdent, R(Rule.Testlist), O(Rule.EvalInput2));
        Define(Rule.EvalInput2, RuleAction.And, T(TokenKind.Newline));
        Define(Rule.Decorator, RuleAction.And, T(TokenKind.OpAt), R(Rule.DottedName), O(Rule.TrailerParen), T(TokenKind.Newline));
        Define(Rule.Decorators, RuleAction.OneOrMore, R(Rule.Decorator));
        Define(Rule.Decorated, RuleAction.AndIdent, R(Rule.Decorators), R(Rule.DecoratedBody));
        Define(Rule.DecoratedBody, RuleAction.Or, R(Rule.Classdef), R(Rule.Funcdef), R(Rule.AsyncFuncdef));
        Define(Rule.AsyncFuncdef, RuleAction.And, T(TokenKind.KwAsync), R(Rule.Funcdef));
        Define(Rule.Funcdef, RuleAction.AndBlank, T(TokenKind.KwDef), T(TokenKind.Name), T(TokenKind.DelParenOpen), O(Rule.Typedargslist), T(TokenKind.DelParenClose), O(Rule.Funcdefrettype), T(TokenKind.DelColon), R(Rule.Suite));
        Define(Rule.Funcdefrettype, RuleAction.AndIdent, T(TokenKind.DelMinusMore), R(Rule.Test));
        Define(Rule.Typedargslist, RuleAction.ListWithEnd, R(Rule.TypedargslistItem), T(TokenKind.DelComma));
        Define(Rule.TypedargslistItem, RuleAction.Or, R(Rule.TypedargslistName), R(Rule.TypedargslistStar), R(Rule.TypedargslistDblStar));
        Define(Rule.TypedargslistName, RuleAction.AndIdent, T(TokenKind.Name), O(Rule.GenericColonTest), O(Rule.GenericEqualTest));
        Define(Rule.TypedargslistStar, RuleAction.And, T(TokenKind.OpStar), O(Rule.Tfpdef));
        Define(Rule.TypedargslistDblStar, RuleAction.And, T(TokenKind.OpDblStar), T(TokenKind.Name), O(Rule.GenericColonTest));
        Define(Rule.Tfpdef, RuleAction.And, T(TokenKind.Name), O(Rule.GenericColonTest));
        Define(Rule.Varargslist, RuleAction.ListWithEnd, R(Rule.VarargslistItem), T(TokenKind.DelComma));
        Define(Rule.VarargslistItem, RuleAction.Or, R(Rule.VarargslistName), R(Rule.VarargslistStar), R(Rule.VarargslistDblStar));
        Define(Rule.VarargslistName, RuleAction.AndIdent, T(TokenKind.Name), O(Rule.GenericEqualTest));
        Define(Rule.VarargslistStar, RuleAction.And, T(TokenKind.OpStar), O(Rule.Vfpdef));
        Define(Rule.VarargslistDblStar, RuleAction.And, T(TokenKind.OpDblStar), T(TokenKind.Name));
        Define(Rule.Vfpdef, RuleAction.AndIdent, T(TokenKind.Name));
        Define(Rule.Stmt, RuleAction.Or, R(Rule.CompoundStmt), R(Rule.SimpleStmt));
        Define(Rule.SimpleStmt, RuleAction.AndIdent, R(Rule.SimpleStmt2), T(TokenKind.Newline));
        Define(Rule.SimpleStmt2, RuleAction.ListWithEnd, R(Rule.SmallStmt), T(TokenKind.DelSemicolon));
        Define(Rule.SmallStmt, RuleAction.Or, R(Rule.DelStmt), R(Rule.PassStmt), R(Rule.FlowStmt), R(Rule.ImportStmt), R(Rule.GlobalStmt), R(Rule.NonlocalStmt), R(Rule.AssertStmt), R(Rule.ExprStmt));
        Define(Rule.ExprStmt, RuleAction.And, R(Rule.TestlistStarExpr), O(Rule.ExprStmt2));
        Define(Rule.ExprStmt2, RuleAction.Or, R(Rule.Annassign), R(Rule.ExprStmtAugassign), R(Rule.ExprStmtAssignList));
        Define(Rule.ExprStmtAugassign, RuleAction.AndIdent, R(Rule.Augassign), R(Rule.ExprStmt6));
        Define(Rule.ExprStmtAssignList, RuleAction.OneOrMore, R(Rule.ExprStmtAssign));
        Define(Rule.ExprStmtAssign, RuleAction.AndIdent, T(TokenKind.DelEqual), R(Rule.ExprStmt6));
        Define(Rule.ExprStmt6, RuleAction.Or, R(Rule.YieldExpr), R(Rule.TestlistStarExpr));
        Define(Rule.TestlistStarExpr, RuleAction.ListWithEnd, R(Rule.TestlistStarExpr2), T(TokenKind.DelComma));
        Define(Rule.TestlistStarExpr2, RuleAction.Or, R(Rule.StarExpr), R(Rule.Test));
        Define(Rule.Annassign, RuleAction.And, T(TokenKind.DelColon), R(Rule.Test), O(Rule.ExprStmtAssign));
        Define(Rule.Augassign, RuleAction.Or, T(TokenKind.DelPlusEqual), T(TokenKind.DelMinusEqual), T(TokenKind.DelStarEqual), T(TokenKind.DelAtEqual), T(TokenKind.DelSlashEqual), T(TokenKind.DelPercentEqual), T(TokenKind.DelAmpersandEqual), T(TokenKind.DelPipeEqual), T(TokenKind.DelCaretEqual), T(TokenKind.DelDblLessEqual), T(TokenKind.DelDblMoreEqual), T(TokenKind.DelDblStarEqual), T(TokenKind.DelDblSlashEqual));
        Define(Rule.DelStmt, RuleAction.And, T(TokenKind.KwDel), R(Rule.Exprlist));
        Define(Rule.PassStmt, RuleAction.And, T(TokenKind.KwPass));
        Define(Rule.FlowStmt, RuleAction.Or, R(Rule.BreakStmt), R(Rule.ContinueStmt), R(Rule.ReturnStmt), R(Rule.RaiseStmt), R(Rule.YieldStmt));
        Define(Rule.BreakStmt, RuleAction.And, T(TokenKind.KwBreak));
        Define(Rule.ContinueStmt, RuleAction.And, T(TokenKind.KwContinue));
        Define(Rule.ReturnStmt, RuleAction.And, T(TokenKind.KwReturn), O(Rule.Testlist));
        Define(Rule.YieldStmt, RuleAction.And, R(Rule.YieldExpr));
        Define(Rule.RaiseStmt, RuleAction.And, T(TokenKind.KwRaise), O(Rule.RaiseStmtArg));
        Define(Rule.RaiseStmtArg, RuleAction.AndIdent, R(Rule.Test), O(Rule.RaiseStmtFrom));
        Define(Rule.RaiseStmtFrom, RuleAction.AndIdent, T(TokenKind.KwFrom), R(Rule.Test));
        Define(Rule.ImportStmt, RuleAction.Or, R(Rule.ImportName), R(Rule.ImportFrom));
        Define(Rule.ImportName, RuleAction.And, T(TokenKind.KwImport), R(Rule.DottedAsNames));
        Define(Rule.ImportFrom, RuleAction.And, T(TokenKind.KwFrom), R(Rule.ImportFrom2), T(TokenKind.KwImport), R(Rule.ImportFrom3));
        Define(Rule.ImportFrom2, RuleAction.Or, R(Rule.DottedName), R(Rule.ImportFrom2b));
        Define(Rule.ImportFrom2b, RuleAction.AndIdent, R(Rule.OneOrMorePeriodOrEllipsis), O(Rule.DottedName));
        Define(Rule.ImportFrom3, RuleAction.Or, T(TokenKind.OpStar), R(Rule.ImportAsNamesParen), R(Rule.ImportAsNames));
        Define(Rule.ImportAsNamesParen, RuleAction.AndIdent, T(TokenKind.DelParenOpen), R(Rule.ImportAsNames), T(TokenKind.DelParenClose));
        Define(Rule.OneOrMorePeriodOrEllipsis, RuleAction.OneOrMore, R(Rule.PeriodOrEllipsis));
        Define(Rule.PeriodOrEllipsis, RuleAction.Or, T(TokenKind.DelPeriod), T(TokenKind.Ellipsis));
        Define(Rule.ImportAsName, RuleAction.And, T(TokenKind.Name), O(Rule.AsName));
        Define(Rule.DottedAsName, RuleAction.AndIdent, R(Rule.DottedName), O(Rule.AsName));
        Define(Rule.AsName, RuleAction.AndIdent, T(TokenKind.KwAs), T(TokenKind.Name));
        Define(Rule.ImportAsNames, RuleAction.ListWithEnd, R(Rule.ImportAsName), T(TokenKind.DelComma));
        Define(Rule.DottedAsNames, RuleAction.List, R(Rule.DottedAsName), T(TokenKind.DelComma));
        Define(Rule.DottedName, RuleAction.List, T(TokenKind.Name), T(TokenKind.DelPeriod));
        Define(Rule.GlobalStmt, RuleAction.And, T(TokenKind.KwGlobal), R(Rule.NameList));
        Define(Rule.NonlocalStmt, RuleAction.And, T(TokenKind.KwNonlocal), R(Rule.NameList));
        Define(Rule.NameList, RuleAction.List, T(TokenKind.Name), T(TokenKind.DelComma));
        Define(Rule.AssertStmt, RuleAction.And, T(TokenKind.KwAssert), R(Rule.Test), O(Rule.AssertStmtExtra));
        Define(Rule.AssertStmtExtra, RuleAction.AndIdent, T(TokenKind.DelComma), R(Rule.Test));
        Define(Rule.CompoundStmt, RuleAction.Or, R(Rule.IfStmt), R(Rule.WhileStmt), R(Rule.ForStmt), R(Rule.TryStmt), R(Rule.WithStmt), R(Rule.Funcdef), R(Rule.Classdef), R(Rule.Decorated), R(Rule.AsyncStmt));
        Define(Rule.AsyncStmt, RuleAction.And, T(TokenKind.KwAsync), R(Rule.AsyncStmt2));
        Define(Rule.AsyncStmt2, RuleAction.Or, R(Rule.Funcdef), R(Rule.WithStmt), R(Rule.ForStmt));
        Define(Rule.IfStmt, RuleAction.And, T(TokenKind.KwIf), R(Rule.NamedexprTest), T(TokenKind.DelColon), R(Rule.Suite), O(Rule.IfStmtElifList), O(Rule.ElseStmt));
        Define(Rule.IfStmtElifList, RuleAction.OneOrMore, R(Rule.IfStmtElif));
        Define(Rule.IfStmtElif, RuleAction.And, T(TokenKind.KwElif), R(Rule.NamedexprTest), T(TokenKind.DelColon), R(Rule.Suite));
        Define(Rule.WhileStmt, RuleAction.And, T(TokenKind.KwWhile), R(Rule.NamedexprTest), T(TokenKind.DelColon), R(Rule.Suite), O(Rule.ElseStmt));
        Define(Rule.ForStmt, RuleAction.And, T(TokenKind.KwFor), R(Rule.Exprlist), T(TokenKind.KwIn), R(Rule.Testlist), T(TokenKind.DelColon), R(Rule.Suite), O(Rule.ElseStmt));
        Define(Rule.TryStmt, RuleAction.And, T(TokenKind.KwTry), T(TokenKind.DelColon), R(Rule.Suite), R(Rule.TryStmt2));
        Define(Rule.TryStmt2, RuleAction.Or, R(Rule.TryStmtExceptAndMore), R(Rule.TryStmtFinally));
        Define(Rule.TryStmtExceptAndMore, RuleAction.AndIdent, R(Rule.TryStmtExceptList), O(Rule.ElseStmt), O(Rule.TryStmtFinally));
        Define(Rule.TryStmtExcept, RuleAction.And, T(TokenKind.KwExcept), O(Rule.TryStmtAsName), T(TokenKind.DelColon), R(Rule.Suite));
        Define(Rule.TryStmtAsName, RuleAction.AndIdent, R(Rule.Test), O(Rule.AsName));
        Define(Rule.TryStmtExceptList, RuleAction.OneOrMore, R(Rule.TryStmtExcept));
        Define(Rule.TryStmtFinally, RuleAction.And, T(TokenKind.KwFinally), T(TokenKind.DelColon), R(Rule.Suite));
        Define(Rule.ElseStmt, RuleAction.AndIdent, T(TokenKind.KwElse), T(TokenKind.DelColon), R(Rule.Suite));
        Define(Rule.WithStmt, RuleAction.And, T(TokenKind.KwWith), R(Rule.WithStmtList), T(TokenKind.DelColon), R(Rule.Suite));
        Define(Rule.WithStmtList, RuleAction.List, R(Rule.WithItem), T(TokenKind.DelComma));
        Define(Rule.WithItem, RuleAction.AndIdent, R(Rule.Test), O(Rule.WithItemAs));
        Define(Rule.WithItemAs, RuleAction.AndIdent, T(TokenKind.KwAs), R(Rule.Expr));
        Define(Rule.Suite, RuleAction.Or, R(Rule.SuiteBlock), R(Rule.SimpleStmt));
        Define(Rule.SuiteBlock, RuleAction.AndIdent, T(TokenKind.Newline), T(TokenKind.Indent), R(Rule.SuiteBlockStmts), T(TokenKind.Dedent));
        Define(Rule.SuiteBlockStmts, RuleAction.OneOrMore, R(Rule.Stmt));
        Define(Rule.NamedexprTest, RuleAction.AndIdent, R(Rule.Test), O(Rule.NamedexprTest2));
        Define(Rule.NamedexprTest2, RuleAction.AndIdent, T(TokenKind.OpAssign), R(Rule.Test));
        Define(Rule.Test, RuleAction.Or, R(Rule.Lambdef), R(Rule.TestIfExpr));
        Define(Rule.TestIfExpr, RuleAction.AndIdent, R(Rule.OrTest), O(Rule.TestIfElse));
        Define(Rule.TestIfElse, RuleAction.And, T(TokenKind.KwIf), R(Rule.OrTest), T(TokenKind.KwElse), R(Rule.Test));
        Define(Rule.TestNocond, RuleAction.Or, R(Rule.LambdefNocond), R(Rule.OrTest));
        Define(Rule.Lambdef, RuleAction.AndBlank, T(TokenKind.KwLambda), O(Rule.Varargslist), T(TokenKind.DelColon), R(Rule.Test));
        Define(Rule.LambdefNocond, RuleAction.AndBlank, T(TokenKind.KwLambda), O(Rule.Varargslist), T(TokenKind.DelColon), R(Rule.TestNocond));
        Define(Rule.OrTest, RuleAction.List, R(Rule.AndTest), T(TokenKind.KwOr));
        Define(Rule.AndTest, RuleAction.List, R(Rule.NotTest), T(TokenKind.KwAnd));
        Define(Rule.NotTest, RuleAction.Or, R(Rule.NotTest2), R(Rule.Comparison));
        Define(Rule.NotTest2, RuleAction.And, T(TokenKind.KwNot), R(Rule.NotTest));
        Define(Rule.Comparison, RuleAction.List, R(Rule.Expr), R(Rule.CompOp));
        Define(Rule.CompOp, RuleAction.Or, T(TokenKind.OpLess), T(TokenKind.OpMore), T(TokenKind.OpDblEqual), T(TokenKind.OpLessEqual), T(TokenKind.OpMoreEqual), T(TokenKind.OpNotEqual), T(TokenKind.KwIn), R(Rule.CompOpNotIn), R(Rule.CompOpIs));
        Define(Rule.CompOpNotIn, RuleAction.And, T(TokenKind.KwNot), T(TokenKind.KwIn));
        Define(Rule.CompOpIs, RuleAction.And, T(TokenKind.KwIs), O(Rule.CompOpIsNot));
        Define(Rule.CompOpIsNot, RuleAction.And, T(TokenKind.KwNot));
        Define(Rule.StarExpr, RuleAction.And, T(TokenKind.OpStar), R(Rule.Expr));
        Define(Rule.Expr, RuleAction.List, R(Rule.XorExpr), T(TokenKind.OpPipe));
        Define(Rule.XorExpr, RuleAction.List, R(Rule.AndExpr), T(TokenKind.OpCaret));
        Define(Rule.AndExpr, RuleAction.List, R(Rule.ShiftExpr), T(TokenKind.OpAmpersand));
        Define(Rule.ShiftExpr, RuleAction.List, R(Rule.ArithExpr), R(Rule.ShiftOp));
        Define(Rule.ShiftOp, RuleAction.Or, T(TokenKind.OpDblLess), T(TokenKind.OpDblMore));
        Define(Rule.ArithExpr, RuleAction.List, R(Rule.Term), R(Rule.ArithOp));
        Define(Rule.ArithOp, RuleAction.Or, T(TokenKind.OpPlus), T(TokenKind.OpMinus));
        Define(Rule.Term, RuleAction.List, R(Rule.Factor), R(Rule.TermOp));
        Define(Rule.TermOp, RuleAction.Or, T(TokenKind.OpStar), T(TokenKind.OpAt), T(TokenKind.OpSlash), T(TokenKind.OpPercent), T(TokenKind.OpDblSlash));
        Define(Rule.Factor, RuleAction.Or, R(Rule.Factor2), R(Rule.Power));
        Define(Rule.Factor2, RuleAction.AndIdent, R(Rule.FactorOp), R(Rule.Factor));
        Define(Rule.FactorOp, RuleAction.Or, T(TokenKind.OpPlus), T(TokenKind.OpMinus), T(TokenKind.OpTilde));
        Define(Rule.Power, RuleAction.AndIdent, R(Rule.AtomExpr), O(Rule.PowerDblStar));
        Define(Rule.AtomExpr, RuleAction.Or, R(Rule.AtomExprAwait), R(Rule.AtomExprNormal));
        Define(Rule.AtomExprAwait, RuleAction.And, T(TokenKind.KwAwait), R(Rule.Atom), O(Rule.AtomExprTrailers));
        Define(Rule.AtomExprNormal, RuleAction.AndIdent, R(Rule.Atom), O(Rule.AtomExprTrailers));
        Define(Rule.AtomExprTrailers, RuleAction.OneOrMore, R(Rule.Trailer));
        Define(Rule.PowerDblStar, RuleAction.AndIdent, T(TokenKind.OpDblStar), R(Rule.Factor));
        Define(Rule.Atom, RuleAction.Or, T(TokenKind.Name), T(TokenKind.Integer), T(TokenKind.FloatOrImag), T(TokenKind.String), T(TokenKind.Bytes), T(TokenKind.Ellipsis), T(TokenKind.KwNone), T(TokenKind.KwTrue), T(TokenKind.KwFalse), R(Rule.AtomParen), R(Rule.AtomBracket), R(Rule.AtomBrace));
        Define(Rule.AtomParen, RuleAction.And, T(TokenKind.DelParenOpen), O(Rule.Atom2b), T(TokenKind.DelParenClose));
        Define(Rule.Atom2b, RuleAction.Or, R(Rule.YieldExpr), R(Rule.TestlistComp));
        Define(Rule.AtomBracket, RuleAction.And, T(TokenKind.DelBracketOpen), O(Rule.TestlistComp), T(TokenKind.DelBracketClose));
        Define(Rule.AtomBrace, RuleAction.And, T(TokenKind.DelBraceOpen), O(Rule.Dictorsetmaker), T(TokenKind.DelBraceClose));
        Define(Rule.TestlistComp, RuleAction.AndIdent, R(Rule.TestlistComp2), O(Rule.TestlistComp3));
        Define(Rule.TestlistComp2, RuleAction.Or, R(Rule.StarExpr), R(Rule.NamedexprTest));
        Define(Rule.TestlistComp3, RuleAction.Or, R(Rule.CompFor), R(Rule.TestlistComp3b));
        Define(Rule.TestlistComp3b, RuleAction.AndIdent, T(TokenKind.DelComma), O(Rule.TestlistComp3c));
        Define(Rule.TestlistComp3c, RuleAction.ListWithEnd, R(Rule.TestlistComp2), T(TokenKind.DelComma));
        Define(Rule.Trailer, RuleAction.Or, R(Rule.TrailerParen), R(Rule.TrailerBracket), R(Rule.TrailerPeriod));
        Define(Rule.TrailerParen, RuleAction.And, T(TokenKind.DelParenOpen), O(Rule.Arglist), T(TokenKind.DelParenClose));
        Define(Rule.TrailerBracket, RuleAction.And, T(TokenKind.DelBracketOpen), R(Rule.Subscriptlist), T(TokenKind.DelBracketClose));
        Define(Rule.TrailerPeriod, RuleAction.And, T(TokenKind.DelPeriod), T(TokenKind.Name));
        Define(Rule.Subscriptlist, RuleAction.ListWithEnd, R(Rule.Subscript), T(TokenKind.DelComma));
        Define(Rule.Subscript, RuleAction.Or, R(Rule.Subscript3), R(Rule.Subscript2));
        Define(Rule.Subscript2, RuleAction.AndIdent, R(Rule.Test), O(Rule.Subscript3));
        Define(Rule.Subscript3, RuleAction.And, T(TokenKind.DelColon), O(Rule.Subscript3b));
        Define(Rule.Subscript3b, RuleAction.Or, R(Rule.Subscript3c), R(Rule.Subscript3d));
        Define(Rule.Subscript3c, RuleAction.And, T(TokenKind.DelColon), O(Rule.Test));
        Define(Rule.Subscript3d, RuleAction.AndIdent, R(Rule.Test), O(Rule.Sliceop));
        Define(Rule.Sliceop, RuleAction.And, T(TokenKind.DelColon), O(Rule.Test));
        Define(Rule.Exprlist, RuleAction.ListWithEnd, R(Rule.Exprlist2), T(TokenKind.DelComma));
        Define(Rule.Exprlist2, RuleAction.Or, R(Rule.StarExpr), R(Rule.Expr));
        Define(Rule.Testlist, RuleAction.ListWithEnd, R(Rule.Test), T(TokenKind.DelComma));
        Define(Rule.Dictorsetmaker, RuleAction.AndIdent, R(Rule.DictorsetmakerItem), O(Rule.DictorsetmakerTail));
        Define(Rule.DictorsetmakerItem, RuleAction.AndIdent, R(Rule.Test), O(Rule.GenericColonTest));
        Define(Rule.DictorsetmakerTail, RuleAction.Or, R(Rule.CompFor), R(Rule.DictorsetmakerList));
        Define(Rule.DictorsetmakerList, RuleAction.And, T(TokenKind.DelComma), O(Rule.DictorsetmakerList2));
        Define(Rule.DictorsetmakerList2, RuleAction.ListWithEnd, R(Rule.DictorsetmakerItem), T(TokenKind.DelComma));
        Define(Rule.Classdef, RuleAction.AndBlank, T(TokenKind.KwClass), T(TokenKind.Name), O(Rule.Classdef2), T(TokenKind.DelColon), R(Rule.Suite));
        Define(Rule.Classdef2, RuleAction.AndIdent, T(TokenKind.DelParenOpen), O(Rule.Arglist), T(TokenKind.DelParenClose));
        Define(Rule.Arglist, RuleAction.ListWithEnd, R(Rule.Arglist2), T(TokenKind.DelComma));
        Define(Rule.Arglist2, RuleAction.Or, R(Rule.ArglistStar), R(Rule.ArglistDblStar), R(Rule.Argument));
        Define(Rule.ArglistStar, RuleAction.And, T(TokenKind.OpStar), R(Rule.Test));
        Define(Rule.ArglistDblStar, RuleAction.And, T(TokenKind.OpDblStar), R(Rule.Test));
        Define(Rule.Argument, RuleAction.AndIdent, R(Rule.Test), O(Rule.Argument2));
        Define(Rule.Argument2, RuleAction.Or, R(Rule.CompFor), R(Rule.GenericEqualTest), R(Rule.Argument3));
        Define(Rule.Argument3, RuleAction.And, T(TokenKind.OpAssign), R(Rule.Test));
        Define(Rule.CompIter, RuleAction.Or, R(Rule.CompFor), R(Rule.CompIf));
        Define(Rule.CompFor, RuleAction.AndBlank, T(TokenKind.KwFor), R(Rule.Exprlist), T(TokenKind.KwIn), R(Rule.OrTest), O(Rule.CompIter));
        Define(Rule.CompIf, RuleAction.And, T(TokenKind.KwIf), R(Rule.TestNocond), O(Rule.CompIter));
        Define(Rule.YieldExpr, RuleAction.And, T(TokenKind.KwYield), O(Rule.YieldArg));
        Define(Rule.YieldArg, RuleAction.Or, R(Rule.YieldArgFrom), R(Rule.Testlist));
        Define(Rule.YieldArgFrom, RuleAction.And, T(TokenKind.KwFrom), R(Rule.Test));
        // the constant-object "rule" is a node kind only; it never matches input
        table[(int)Rule.ConstObject] = new RuleDefinition(RuleAction.And, []);
        return table;
    }
}
