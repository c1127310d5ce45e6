using MicroPython.Compiler.Syntax;

namespace MicroPython.Compiler.Tests.Syntax;

internal static class ParseHelper
{
    public static ParseNode Root(string source, ParseOptions? options = null) =>
        Parser.Parse(source, "t.py", options ?? ParseOptions.Default).Root;

    /// <summary>The single statement of a one-statement module.</summary>
    public static RuleNode Statement(string source, ParseOptions? options = null) => (RuleNode)Root(source, options);

    /// <summary>The value assigned in a module <c>x = ...</c>.</summary>
    public static ParseNode? Assigned(string source, ParseOptions? options = null)
    {
        var statement = Statement(source, options);
        Assert.AreEqual(Rule.ExprStmt, statement.Rule);
        return statement[1];
    }
}
