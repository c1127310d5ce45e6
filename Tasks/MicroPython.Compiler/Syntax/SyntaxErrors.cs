using MicroPython.Compiler.Diagnostics;

namespace MicroPython.Compiler.Syntax;

/// <summary>
/// The errors the lexer and parser report, each with its own code. Messages are MicroPython's.
/// <list type="table">
/// <listheader><term>code</term><description>type: message</description></listheader>
/// <item><term>MPY1001</term><description>SyntaxError: invalid syntax (a token the grammar does not allow here, an unterminated string, a bad escape)</description></item>
/// <item><term>MPY1002</term><description>IndentationError: unexpected indent</description></item>
/// <item><term>MPY1003</term><description>IndentationError: unindent doesn't match any outer indent level</description></item>
/// <item><term>MPY1004</term><description>SyntaxError: malformed f-string</description></item>
/// <item><term>MPY1005</term><description>SyntaxError: invalid syntax for integer with base N: '…' / invalid syntax for number</description></item>
/// <item><term>MPY1006</term><description>SyntaxError: not a constant (the argument of <c>const()</c>)</description></item>
/// <item><term>MPY1007</term><description>RuntimeError: name too long (an identifier over 255 UTF-8 bytes)</description></item>
/// <item><term>MPY1008</term><description>NotImplementedError: unicode name escapes (<c>\N{…}</c>)</description></item>
/// <item><term>MPY1009</term><description>RuntimeError: maximum recursion depth exceeded (nesting too deep to compile safely)</description></item>
/// </list>
/// </summary>
public static class SyntaxErrors
{
    /// <summary>The code of "invalid syntax".</summary>
    public const string InvalidSyntaxCode = "MPY1001";

    /// <summary>The code of "unexpected indent".</summary>
    public const string UnexpectedIndentCode = "MPY1002";

    /// <summary>The code of "unindent doesn't match any outer indent level".</summary>
    public const string UnindentMismatchCode = "MPY1003";

    /// <summary>The code of "malformed f-string".</summary>
    public const string MalformedFStringCode = "MPY1004";

    /// <summary>The code of a malformed number literal.</summary>
    public const string InvalidNumberCode = "MPY1005";

    /// <summary>The code of "not a constant".</summary>
    public const string NotAConstantCode = "MPY1006";

    /// <summary>The code of "name too long".</summary>
    public const string NameTooLongCode = "MPY1007";

    /// <summary>The code of "unicode name escapes".</summary>
    public const string UnicodeNameEscapeCode = "MPY1008";

    /// <summary>The code of "maximum recursion depth exceeded".</summary>
    public const string TooDeepCode = "MPY1009";

    internal static CompileError InvalidSyntax(int line, int column) =>
        new("SyntaxError", "invalid syntax", line, column, null, InvalidSyntaxCode);

    internal static CompileError UnexpectedIndent(int line, int column) =>
        new("IndentationError", "unexpected indent", line, column, null, UnexpectedIndentCode);

    internal static CompileError UnindentMismatch(int line, int column) =>
        new("IndentationError", "unindent doesn't match any outer indent level", line, column, null, UnindentMismatchCode);

    internal static CompileError MalformedFString(int line, int column) =>
        new("SyntaxError", "malformed f-string", line, column, null, MalformedFStringCode);

    internal static CompileError InvalidNumber(string message, int line, int column) =>
        new("SyntaxError", message, line, column, null, InvalidNumberCode);

    internal static CompileError NotAConstant(int line, int column) =>
        new("SyntaxError", "not a constant", line, column, null, NotAConstantCode);

    internal static CompileError NameTooLong(int line, int column) =>
        new("RuntimeError", "name too long", line, column, null, NameTooLongCode);

    internal static CompileError UnicodeNameEscape(int line, int column) =>
        new("NotImplementedError", "unicode name escapes", line, column, null, UnicodeNameEscapeCode);

    internal static CompileError TooDeep(int line, int column) =>
        new("RuntimeError", "maximum recursion depth exceeded", line, column, null, TooDeepCode);
}
