using System.Numerics;
using MicroPython.Bytecode.Constants;
using MicroPython.Compiler.Syntax;
using static MicroPython.Compiler.Tests.Syntax.ParseHelper;

namespace MicroPython.Compiler.Tests.Syntax;

[TestClass]
public sealed class FoldingTests
{
    private static string Value(string expression, int smallIntBits = 31) =>
        Assigned("x = " + expression + "\n", new ParseOptions { SmallIntBits = smallIntBits }) switch
        {
            SmallIntNode s => "int " + s.Value,
            ConstNode c => c.Value.GetType().Name + " " + c.Value.Repr(),
            TokenNode t => "token " + t.Kind,
            StringNode s => "str " + s.Value,
            RuleNode r => "rule " + r.Rule,
            IdNode i => "id " + i.Name,
            var other => other?.ToString() ?? "null",
        };

    [TestMethod]
    [DataRow("1 + 2 * 3 - 4 // 3 % 5", "int 6")]
    [DataRow("7 // -2", "int -4")]
    [DataRow("-7 % 2", "int 1")]
    [DataRow("1 / 2", "MpyFloat 0.5")]
    [DataRow("2 ** -1", "MpyFloat 0.5")]
    [DataRow("0 ** 0", "int 1")]
    [DataRow("2 ** 30", "MpyInt 1073741824")]
    [DataRow("2 ** 30 - 1", "int 1073741823")]
    [DataRow("-2 ** 30", "int -1073741824")]
    [DataRow("-(2 ** 30)", "int -1073741824")]
    [DataRow("1 << 100", "MpyInt 1267650600228229401496703205376")]
    [DataRow("-(2**70) >> 3", "MpyInt -147573952589676412928")]
    [DataRow("~5", "int -6")]
    [DataRow("0 << (1 << 62)", "int 0")]
    [DataRow("1 >> (1 << 62)", "int 0")]
    [DataRow("(-1) ** (2 ** 70 + 1)", "int -1")]
    [DataRow("1 | 2 ^ 3 & 4", "int 3")]
    [DataRow("1e300 * 1e300", "MpyFloat inf")]
    [DataRow("0.1 + 0.2", "MpyFloat 0.30000000000000004")]
    [DataRow("-0.0", "MpyFloat -0.0")]
    [DataRow("-1.5 % 0.4", "MpyFloat 0.10000000000000009")]
    [DataRow("math.pi", "MpyFloat 3.141592653589793")]
    [DataRow("math.tau * 2", "MpyFloat 12.566370614359172")]
    [DataRow("math.nan", "MpyFloat nan")]
    [DataRow("+2.5", "MpyFloat 2.5")]
    public void NumericExpressionsFold(string expression, string expected) =>
        Assert.AreEqual(expected, Value(expression));

    [TestMethod]
    [DataRow("1 / 0")]
    [DataRow("1 // 0")]
    [DataRow("1.0 % 0")]
    [DataRow("0.0 ** -1")]
    [DataRow("1 << -1")]
    [DataRow("(-8) ** 0.5")]
    [DataRow("1 @ 2")]
    [DataRow("~1.5")]
    [DataRow("1.5 | 2")]
    [DataRow("1 + 2 + y")]
    [DataRow("'a' + 'b'")]
    [DataRow("1 < 2")]
    [DataRow("math.sqrt")]
    [DataRow("m.pi")]
    [DataRow("1 >> (1 << 63)")]
    [DataRow("1 << 17000000")]
    [DataRow("2 ** (2 ** 62)")]
    public void ExpressionsThatRaiseOrAreNotNumericStay(string expression) =>
        Assert.StartsWith("rule ", Value(expression));

    [TestMethod]
    public void SmallIntWidthFollowsTheTarget()
    {
        Assert.AreEqual("MpyInt 1073741824", Value("1073741824"));
        Assert.AreEqual("int 1073741824", Value("1073741824", 63));
        Assert.AreEqual("MpyInt 4611686018427387904", Value("4611686018427387904", 63));

        // negating a multi-precision int keeps it multi-precision, even when the result would fit
        Assert.AreEqual("MpyInt -4611686018427387904", Value("-4611686018427387904", 63));
        Assert.AreEqual("int -4611686018427387904", Value("-4611686018427387903 - 1", 63));
    }

    [TestMethod]
    [DataRow("not 1", "token KwFalse")]
    [DataRow("not ()", "token KwTrue")]
    [DataRow("not 'a'", "token KwFalse")]
    [DataRow("not None", "token KwTrue")]
    [DataRow("1 or x", "int 1")]
    [DataRow("0 and x", "int 0")]
    [DataRow("0 or x", "id x")]
    [DataRow("0 or 0", "int 0")]
    [DataRow("1 and 2", "int 2")]
    [DataRow("not x", "rule NotTest2")]
    public void LogicalOperatorsFoldOnConstants(string expression, string expected) =>
        Assert.AreEqual(expected, Value(expression));

    [TestMethod]
    public void OrDropsFalseOperandsUpToTheFirstTrueOne()
    {
        var node = (RuleNode)Assigned("x = a or 0 or b or 1 or c\n")!;
        Assert.AreEqual(Rule.OrTest, node.Rule);
        Assert.AreEqual("a b 1", string.Join(" ", node.Children.ToArray().Select(c => c!.ToString())));
    }

    [TestMethod]
    public void ConstantTuplesBecomeOneObject()
    {
        var node = (ConstNode)Assigned("x = (1, 'a', (None, 2.5), b'', 2**40)\n")!;
        Assert.AreEqual("(1, 'a', (None, 2.5), b'', 1099511627776)", node.Value.Repr());
        Assert.AreEqual("(1,)", ((ConstNode)Assigned("x = (1,)\n")!).Value.Repr());
        Assert.AreEqual("(1, 2)", ((ConstNode)Assigned("x = 1, 2\n")!).Value.Repr());
    }

    [TestMethod]
    public void TuplesWithVariablesAndEmptyTuplesStayRules()
    {
        Assert.AreEqual(Rule.AtomParen, ((RuleNode)Assigned("x = ()\n")!).Rule);
        Assert.AreEqual(Rule.AtomParen, ((RuleNode)Assigned("x = (1, y)\n")!).Rule);
        Assert.AreEqual(Rule.TestlistStarExpr, ((RuleNode)Assigned("x = 1, y\n")!).Rule);
        Assert.AreEqual(Rule.AtomBracket, ((RuleNode)Assigned("x = [1, 2]\n")!).Rule);
    }

    [TestMethod]
    public void LoneConstantStatementsBecomePass()
    {
        var module = (RuleNode)Root("'doc string'\n1\nNone\n(1, 2)\nx\n");
        Assert.AreEqual(
            "PassStmt PassStmt PassStmt PassStmt ExprStmt",
            string.Join(" ", module.Children.ToArray().Select(c => ((RuleNode)c!).Rule)));
    }

    [TestMethod]
    [DataRow("0xffffffffffffffff", "MpyInt 18446744073709551615")]
    [DataRow("0xfffffffffffffff", "MpyInt 1152921504606846975")]
    [DataRow("0o7777777777777777777777", "MpyInt 73786976294838206463")]
    [DataRow("999999999999999999", "MpyInt 999999999999999999")]
    [DataRow("0b" + "1111111111111111111111111111111111111111111111111111111111111111", "MpyInt 18446744073709551615")]
    [DataRow("00", "int 0")]
    [DataRow("1_0", "int 10")]
    public void IntegerLiteralsOfEveryBase(string literal, string expected) =>
        Assert.AreEqual(expected, Value(literal));

    [TestMethod]
    public void BigLiteralsParse()
    {
        var node = (ConstNode)Assigned("x = 0b" + new string('1', 200) + "\n")!;
        Assert.AreEqual((BigInteger.One << 200) - 1, ((MpyInt)node.Value).Value);
    }
}
