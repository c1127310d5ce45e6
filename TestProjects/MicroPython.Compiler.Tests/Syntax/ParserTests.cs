using MicroPython.Bytecode.Constants;
using MicroPython.Compiler.Syntax;
using static MicroPython.Compiler.Tests.Syntax.ParseHelper;

namespace MicroPython.Compiler.Tests.Syntax;

[TestClass]
public sealed class ParserTests
{
    // the statements of a module: the children of its statement list, or its one statement
    private static IReadOnlyList<ParseNode?> Statements(string source) => Root(source) switch
    {
        null => [],
        RuleNode { Rule: Rule.FileInput2 } list => list.Children.ToArray(),
        var one => [one],
    };

    private static ParseNode? ValueOf(ParseNode? statement) => ((RuleNode)statement!)[1];

    [TestMethod]
    public void EmptyModuleIsFileInputWithNothing()
    {
        var root = (RuleNode)Root("");
        Assert.AreEqual(Rule.FileInput, root.Rule);
        Assert.AreEqual(1, root.Count);
        Assert.IsNull(root[0]);
    }

    [TestMethod]
    public void BlankLinesAtModuleLevelAreNewlineTokens()
    {
        var items = Statements("\nx = 1\ny = 2\n");
        Assert.IsInstanceOfType<TokenNode>(items[0]);
        Assert.HasCount(3, items);
    }

    [TestMethod]
    public void SingleChildRulesCollapse()
    {
        // "x" passes through two dozen rules but stays a bare name
        var statement = Statement("x\n");
        Assert.AreEqual(Rule.ExprStmt, statement.Rule);
        Assert.IsInstanceOfType<IdNode>(statement[0]);
        Assert.IsNull(statement[1]);
    }

    [TestMethod]
    public void FunctionDefinitionsGetABlankSlot()
    {
        var def = Statement("def f(a, b=1): pass\n");
        Assert.AreEqual(Rule.Funcdef, def.Rule);
        Assert.AreEqual(5, def.Count);
        Assert.AreEqual("f", ((IdNode)def[0]!).Name);
        Assert.AreEqual(Rule.Typedargslist, ((RuleNode)def[1]!).Rule);
        Assert.IsNull(def[2]);
        Assert.AreEqual(Rule.PassStmt, ((RuleNode)def[3]!).Rule);
        Assert.IsNull(def[4]);
    }

    [TestMethod]
    public void ParenthesesAroundOneExpressionVanish()
    {
        Assert.IsInstanceOfType<IdNode>(ValueOf(Statement("x = (((y)))\n")));
    }

    [TestMethod]
    public void TupleInParenthesesIsTestlistComp()
    {
        var paren = (RuleNode)ValueOf(Statement("x = (a, b, c)\n"))!;
        Assert.AreEqual(Rule.AtomParen, paren.Rule);
        var items = (RuleNode)paren[0]!;
        Assert.AreEqual(Rule.TestlistComp, items.Rule);
        Assert.AreEqual(3, items.Count);
    }

    [TestMethod]
    public void LongStringsAreInternedOnlyAfterTheSameTextIsAName()
    {
        var items = Statements("x = 'longidentifier_x'\nlongidentifier_x = 1\ny = 'longidentifier_x'\n");
        Assert.IsInstanceOfType<ConstNode>(ValueOf(items[0]));
        Assert.IsInstanceOfType<StringNode>(ValueOf(items[2]));
    }

    [TestMethod]
    public void ShortStringsAreInternedButRepeatingALongOneDoesNotInternIt()
    {
        var items = Statements("a = 'exactly10b'\nb = 'exactly11bb'\nc = 'exactly11bb'\nd = 'micropython'\n");
        Assert.IsInstanceOfType<StringNode>(ValueOf(items[0]));
        Assert.IsInstanceOfType<ConstNode>(ValueOf(items[1]));
        Assert.IsInstanceOfType<ConstNode>(ValueOf(items[2]));

        // a built-in qstr of mpy-cross
        Assert.IsInstanceOfType<StringNode>(ValueOf(items[3]));
    }

    [TestMethod]
    public void TheSourceNameIsInterned()
    {
        var tree = Parser.Parse("x = 'some/long/file.py'\n", "some/long/file.py", ParseOptions.Default);
        Assert.IsInstanceOfType<StringNode>(((RuleNode)tree.Root)[1]);
    }

    [TestMethod]
    public void StringLengthIsCountedInUtf8Bytes()
    {
        // six characters, twelve bytes
        Assert.IsInstanceOfType<ConstNode>(ValueOf(Statement("x = 'éééééé'\n")));
    }

    [TestMethod]
    public void ConstNamesAreSubstitutedLater()
    {
        var items = Statements("A = const(1 + 2)\nB = const('text')\nC = const(2 ** 40)\nprint(A, B, C, x.A)\n");
        Assert.IsInstanceOfType<SmallIntNode>(ValueOf(items[0]));
        Assert.IsInstanceOfType<StringNode>(ValueOf(items[1]));

        var call = (RuleNode)((RuleNode)items[3]!)[0]!;
        var args = (RuleNode)((RuleNode)call[1]!)[0]!;
        Assert.AreEqual(3L, ((SmallIntNode)args[0]!).Value);
        Assert.AreEqual("'text'", ((ConstNode)args[1]!).Value.Repr());
        Assert.IsInstanceOfType<MpyInt>(((ConstNode)args[2]!).Value);
        Assert.AreEqual(Rule.AtomExprNormal, ((RuleNode)args[3]!).Rule);
    }

    [TestMethod]
    public void PrivateConstsVanish()
    {
        var items = Statements("_A = const(5)\nx = _A\n");
        Assert.AreEqual(Rule.PassStmt, ((RuleNode)items[0]!).Rule);
        Assert.AreEqual(0, ((RuleNode)items[0]!).Line);
        Assert.AreEqual(5L, ((SmallIntNode)ValueOf(items[1])!).Value);
    }

    [TestMethod]
    public void ConstOfANonConstantIsAnError()
    {
        var error = Assert.ThrowsExactly<Diagnostics.CompileError>(() => Root("x = 1\nA = const(x)\n"));
        Assert.AreEqual(("SyntaxError", "not a constant", 2, 5), (error.ExceptionType, error.PythonMessage, error.Line, error.Column));
    }

    [TestMethod]
    public void FStringsAreFormatCalls()
    {
        var call = (RuleNode)ValueOf(Statement("x = f'a{b}c'\n"))!;
        Assert.AreEqual(Rule.AtomExprNormal, call.Rule);
        Assert.AreEqual("a{}c", ((StringNode)call[0]!).Value);
        var trailers = (RuleNode)call[1]!;
        Assert.AreEqual("format", ((IdNode)((RuleNode)trailers[0]!)[0]!).Name);
    }

    [TestMethod]
    public void LoneFStringIsKept()
    {
        Assert.AreEqual(Rule.ExprStmt, Statement("f'{x}'\n").Rule);
    }

    [TestMethod]
    public void TStringsCallTemplateWithAConstantStringsTuple()
    {
        var call = (RuleNode)ValueOf(Statement("x = t'hi {name}!'\n"))!;
        Assert.AreEqual("__template__", ((IdNode)call[0]!).Name);
        var args = (RuleNode)((RuleNode)call[1]!)[0]!;
        Assert.AreEqual("('hi ', '!')", ((ConstNode)args[0]!).Value.Repr());
        Assert.AreEqual("name", ((IdNode)args[1]!).Name);
        Assert.AreEqual("name", ((StringNode)args[2]!).Value);
        Assert.AreEqual(TokenKind.KwNone, ((TokenNode)args[3]!).Kind);
    }

    [TestMethod]
    public void DebugIsAConstantByOptimisationLevel()
    {
        Assert.AreEqual(TokenKind.KwTrue, ((TokenNode)ValueOf(Statement("x = __debug__\n"))!).Kind);
        Assert.AreEqual(TokenKind.KwFalse, ((TokenNode)ValueOf(Statement("x = __debug__\n", new ParseOptions { OptimizationLevel = 1 }))!).Kind);
    }

    [TestMethod]
    public void RuleNodesRecordTheLineOfTheirFirstToken()
    {
        var items = Statements("def f(a,\n      b):\n    return (a +\n      b)\n\nx = f(1,\n  2.5)\n");
        var def = (RuleNode)items[0]!;
        Assert.AreEqual(1, def.Line);
        var ret = (RuleNode)def[3]!;
        Assert.AreEqual(Rule.ReturnStmt, ret.Rule);
        Assert.AreEqual(3, ret.Line);

        var call = (RuleNode)ValueOf(items[1])!;
        Assert.AreEqual(6, call.Line);
        var args = (RuleNode)((RuleNode)call[1]!)[0]!;
        Assert.AreEqual(7, ((ConstNode)args[1]!).Line);
    }

    [TestMethod]
    public void BlockStatementsStartAtTheirFirstStatement()
    {
        // NEWLINE and INDENT are consumed before the statement list starts
        var ifStmt = Statement("if x:\n    a = 1\n    b = 2\n");
        Assert.AreEqual(1, ifStmt.Line);
        var body = (RuleNode)ifStmt[1]!;
        Assert.AreEqual(Rule.SuiteBlockStmts, body.Rule);
        Assert.AreEqual(2, body.Line);
        Assert.AreEqual(3, ((RuleNode)body[1]!).Line);
    }

    [TestMethod]
    public void ADedentMismatchIsReportedOnTheLineBeforeIt()
    {
        // the NEWLINE token, which carries the mismatch, sits at the end of the previous line
        var error = Assert.ThrowsExactly<Diagnostics.CompileError>(() => Root("if x:\n    a\n\n  b\n"));
        Assert.AreEqual(2, error.Line);
    }

    [TestMethod]
    public void FoldedConstantsHaveLineZero()
    {
        Assert.AreEqual(0, ((ConstNode)ValueOf(Statement("x = 1.5 * 2\n"))!).Line);
        Assert.AreEqual(1, ((ConstNode)ValueOf(Statement("x = 1.5\n"))!).Line);
    }
}
