using System.Text;
using MicroPython.Compiler.Syntax;

namespace MicroPython.Compiler.Tests.Syntax;

[TestClass]
public sealed class LexerTests
{
    private static List<(TokenKind Kind, string Text, int Line, int Column)> Lex(string source, bool debug = true)
    {
        var lexer = new Lexer(source, debug);
        var tokens = new List<(TokenKind, string, int, int)>();
        while (true)
        {
            tokens.Add((lexer.Kind, Encoding.UTF8.GetString(lexer.Text.Span), lexer.TokenLine, lexer.TokenColumn));
            if (lexer.Kind is TokenKind.End || tokens.Count > 10_000)
            {
                return tokens;
            }

            lexer.Advance();
        }
    }

    private static string Kinds(string source) => string.Join(" ", Lex(source).Select(t => t.Kind));

    [TestMethod]
    [DataRow("a := b", "Name OpAssign Name Newline End")]
    [DataRow("a <<= b >> c", "Name DelDblLessEqual Name OpDblMore Name Newline End")]
    [DataRow("a **= b ** c *= d", "Name DelDblStarEqual Name OpDblStar Name DelStarEqual Name Newline End")]
    [DataRow("a //= b // c /= d", "Name DelDblSlashEqual Name OpDblSlash Name DelSlashEqual Name Newline End")]
    [DataRow("-> -= - != == = ...", "DelMinusMore DelMinusEqual OpMinus OpNotEqual OpDblEqual DelEqual Ellipsis Newline End")]
    [DataRow("a.b .. c", "Name DelPeriod Name DelPeriod DelPeriod Name Newline End")]
    [DataRow("! $ ?", "Invalid Invalid Invalid Newline End")]
    [DataRow("@ @= ~ ^= |= &= %=", "OpAt DelAtEqual OpTilde DelCaretEqual DelPipeEqual DelAmpersandEqual DelPercentEqual Newline End")]
    public void OperatorsAreLexedLikeTheReference(string source, string expected) =>
        Assert.AreEqual(expected, Kinds(source));

    [TestMethod]
    public void IndentationMakesIndentAndDedentTokens()
    {
        Assert.AreEqual(
            "KwIf Name DelColon Newline Indent Name Newline Dedent Name Newline End",
            Kinds("if x:\n    y\nz\n"));
    }

    [TestMethod]
    public void TabsAdvanceToMultiplesOfEight()
    {
        // a tab and eight spaces are the same indentation, so no dedent mismatch
        Assert.AreEqual(
            "KwIf Name DelColon Newline Indent Name Newline Name Newline Dedent End",
            Kinds("if x:\n\ta\n        b\n"));
    }

    [TestMethod]
    public void NewlineTokenSitsAtTheEndOfItsLine()
    {
        var tokens = Lex("x = 1   # note\n\n\ny = 2\n");
        var newline = tokens.First(t => t.Kind == TokenKind.Newline);
        Assert.AreEqual(1, newline.Line);
        Assert.AreEqual((TokenKind.Name, "y", 4, 1), tokens[4]);
    }

    [TestMethod]
    public void CarriageReturnsAreNewlinesAndAFinalNewlineIsAdded()
    {
        Assert.AreEqual("Name Newline Name Newline Name Newline End", Kinds("a\r\nb\rc"));
        Assert.AreEqual(3, Lex("a\r\nb\rc")[4].Line);
    }

    [TestMethod]
    public void FirstTokenOffColumnOneIsAnUnexpectedIndent()
    {
        Assert.AreEqual(TokenKind.Indent, Lex("  x\n")[0].Kind);
    }

    [TestMethod]
    public void BracketsJoinLines()
    {
        Assert.AreEqual("Name DelEqual DelParenOpen Integer DelComma Integer DelParenClose Newline End", Kinds("x = (1,\n  2)\n"));
    }

    [TestMethod]
    [DataRow("__debug__", true, TokenKind.KwTrue)]
    [DataRow("__debug__", false, TokenKind.KwFalse)]
    [DataRow("async", true, TokenKind.KwAsync)]
    [DataRow("nonlocal", true, TokenKind.KwNonlocal)]
    [DataRow("Nonlocal", true, TokenKind.Name)]
    public void KeywordsAndDebug(string source, bool debug, TokenKind expected) =>
        Assert.AreEqual(expected, Lex(source, debug)[0].Kind);

    [TestMethod]
    [DataRow("1_000", TokenKind.Integer, "1000")]
    [DataRow("0x_ff", TokenKind.Integer, "0xff")]
    [DataRow("1.5e-3", TokenKind.FloatOrImag, "1.5e-3")]
    [DataRow("1E5", TokenKind.FloatOrImag, "1e5")]
    [DataRow("2j", TokenKind.FloatOrImag, "2j")]
    [DataRow(".5", TokenKind.FloatOrImag, ".5")]
    [DataRow("0b1e1", TokenKind.Integer, "0b1e1")]
    [DataRow("12abc", TokenKind.Integer, "12abc")]
    public void Numbers(string source, TokenKind kind, string text)
    {
        var token = Lex(source)[0];
        Assert.AreEqual(kind, token.Kind);
        Assert.AreEqual(text, token.Text);
    }

    [TestMethod]
    [DataRow("'a' \"b\" '''c'''", TokenKind.String, "abc")]
    [DataRow("r'\\n' '\\n'", TokenKind.String, "\\n\n")]
    [DataRow("'\\x41\\u00e9\\101\\q'", TokenKind.String, "Aé" + "A\\q")]
    [DataRow("b'\\xff' rb'\\x'", TokenKind.Bytes, "\u00ff\\x")]
    [DataRow("b'\\u1234'", TokenKind.Bytes, "\\u1234")]
    [DataRow("'a\\\nb'", TokenKind.String, "ab")]
    public void StringLiterals(string source, TokenKind kind, string expected)
    {
        var lexer = new Lexer(source, true);
        Assert.AreEqual(kind, lexer.Kind);
        var actual = kind == TokenKind.Bytes ? Encoding.Latin1.GetString(lexer.Text.Span) : lexer.Text.Decode();
        Assert.AreEqual(expected, actual);
    }

    [TestMethod]
    [DataRow("'abc", TokenKind.LonelyStringOpen)]
    [DataRow("'''abc\n\n", TokenKind.LonelyStringOpen)]
    [DataRow("'\\x4g'", TokenKind.Invalid)]
    [DataRow("'\\x4'", TokenKind.LonelyStringOpen)]
    [DataRow("'\\U00110000'", TokenKind.Invalid)]
    [DataRow("b'\\777'", TokenKind.Invalid)]
    [DataRow("f'{}'", TokenKind.MalformedFstring)]
    [DataRow("t'a}b'", TokenKind.MalformedFstring)]
    public void BadLiterals(string source, TokenKind expected) =>
        Assert.AreEqual(expected, new Lexer(source, true).Kind);

    [TestMethod]
    public void StringAndBytesDoNotConcatenate()
    {
        Assert.AreEqual("String Bytes Newline End", Kinds("'a' b'b'"));
    }

    [TestMethod]
    public void FStringBecomesFormatCall()
    {
        Assert.AreEqual("'a{}b{!r:>4}z={}' . format ( ( x ) , ( y ) , ( z ) , )", Render("f'a{x}b{y!r:>4}{z=}'"));
    }

    [TestMethod]
    public void AdjacentFStringsShareOneFormatCall()
    {
        var tokens = Lex("f'{a}' 'b' f'{c}'");
        Assert.AreEqual("{}b{}", tokens[0].Text);
        Assert.AreEqual(2, tokens.Count(t => t.Kind == TokenKind.Name && t.Text is "a" or "c"));
        Assert.AreEqual(1, tokens.Count(t => t.Text == "format"));
    }

    [TestMethod]
    public void DoubledBracesStayForFormat()
    {
        Assert.AreEqual("{{}}{}", Lex("f'{{}}{x}'")[0].Text);
    }

    [TestMethod]
    public void TStringBecomesTemplateCall()
    {
        Assert.AreEqual("__template__ ( ( 'hi ' , '!' , ) , ( name ) , 'name' , None , '' , )", Render("t'hi {name}!'"));
    }

    [TestMethod]
    public void FStringFieldMayHoldComparisonsAndNestedBrackets()
    {
        Assert.AreEqual("'{}{}' . format ( ( x != y ) , ( { 1 : 2 } [ 1 ] ) , )", Render("f'{x!=y}{ {1:2}[1] }'"));
    }

    // the tokens of one line, written back as spaced source text
    private static string Render(string source) =>
        string.Join(" ", Lex(source).TakeWhile(t => t.Kind != TokenKind.Newline).Select(t => t.Kind switch
        {
            TokenKind.String => "'" + t.Text + "'",
            TokenKind.KwNone => "None",
            TokenKind.DelParenOpen => "(",
            TokenKind.DelParenClose => ")",
            TokenKind.DelBracketOpen => "[",
            TokenKind.DelBracketClose => "]",
            TokenKind.DelBraceOpen => "{",
            TokenKind.DelBraceClose => "}",
            TokenKind.DelComma => ",",
            TokenKind.DelColon => ":",
            TokenKind.DelPeriod => ".",
            TokenKind.OpNotEqual => "!=",
            _ => t.Text,
        }));

    [TestMethod]
    public void ColumnsCountCharactersNotBytes()
    {
        var tokens = Lex("é = ü\n");
        Assert.AreEqual(1, tokens[0].Column);
        Assert.AreEqual(3, tokens[1].Column);
        Assert.AreEqual(5, tokens[2].Column);
    }

    // long names, comments and indentation are skipped in runs; the positions must not notice
    [TestMethod]
    public void LongRunsKeepLinesAndColumnsWithCrLf()
    {
        var tokens = Lex("if long_condition_name:\r\n        # some comment text\r\n        body_name = 12345\r\nafter\r");
        Assert.AreEqual(
            "KwIf Name DelColon Newline Indent Name DelEqual Integer Newline Dedent Name Newline End",
            string.Join(" ", tokens.Select(t => t.Kind)));
        Assert.AreEqual((TokenKind.Name, "long_condition_name", 1, 4), tokens[1]);
        Assert.AreEqual((TokenKind.DelColon, "", 1, 23), tokens[2]);
        Assert.AreEqual((TokenKind.Name, "body_name", 3, 9), tokens[5]);
        Assert.AreEqual((TokenKind.DelEqual, "", 3, 19), tokens[6]);
        Assert.AreEqual((TokenKind.Integer, "12345", 3, 21), tokens[7]);
        Assert.AreEqual((TokenKind.Name, "after", 4, 1), tokens[10]);
    }

    [TestMethod]
    public void LongNamesCountCharactersNotBytes()
    {
        var tokens = Lex("h\u00e9llo_w\u00f6rld_name = \u00fcn\u00efcode_value  # t\u00e9xt\tand more\nnext_name\n");
        Assert.AreEqual((TokenKind.Name, "h\u00e9llo_w\u00f6rld_name", 1, 1), tokens[0]);
        Assert.AreEqual((TokenKind.DelEqual, "", 1, 18), tokens[1]);
        Assert.AreEqual((TokenKind.Name, "\u00fcn\u00efcode_value", 1, 20), tokens[2]);
        Assert.AreEqual((TokenKind.Newline, "", 1, 50), tokens[3]);
        Assert.AreEqual((TokenKind.Name, "next_name", 2, 1), tokens[4]);
    }

    [TestMethod]
    public void LongNamesInsideFStringsAreLexedFromTheInjectedText()
    {
        Assert.AreEqual(
            "'{}-{}' . format ( ( first_long_name ) , ( second_long_name ) , )",
            Render("f'{first_long_name}-{second_long_name}'  # trailing comment"));
    }
}
