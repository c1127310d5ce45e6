using MicroPython.Compiler.Diagnostics;
using MicroPython.Compiler.Syntax;

namespace MicroPython.Compiler.Emit;

/// <summary>
/// The errors the compiler (as opposed to the parser) reports, with MicroPython's exact messages
/// and one stable code per kind.
/// </summary>
/// <remarks>
/// <list type="table">
/// <item><term>MPY1101</term><description>SyntaxError: can't assign to expression</description></item>
/// <item><term>MPY1102</term><description>SyntaxError: can't delete expression</description></item>
/// <item><term>MPY1103</term><description>SyntaxError: multiple *x in assignment</description></item>
/// <item><term>MPY1104</term><description>SyntaxError: *x must be assignment target</description></item>
/// <item><term>MPY1105</term><description>SyntaxError: 'break'/'continue' outside loop</description></item>
/// <item><term>MPY1106</term><description>SyntaxError: 'return' outside function</description></item>
/// <item><term>MPY1107</term><description>SyntaxError: 'yield' outside function</description></item>
/// <item><term>MPY1108</term><description>SyntaxError: 'await' outside function</description></item>
/// <item><term>MPY1109</term><description>SyntaxError: async for/with outside async function</description></item>
/// <item><term>MPY1110</term><description>SyntaxError: import * not at module level</description></item>
/// <item><term>MPY1111</term><description>SyntaxError: identifier redefined as global</description></item>
/// <item><term>MPY1112</term><description>SyntaxError: identifier redefined as nonlocal</description></item>
/// <item><term>MPY1113</term><description>SyntaxError: no binding for nonlocal found</description></item>
/// <item><term>MPY1114</term><description>SyntaxError: can't declare nonlocal in outer code</description></item>
/// <item><term>MPY1115</term><description>SyntaxError: non-default argument follows default argument</description></item>
/// <item><term>MPY1116</term><description>SyntaxError: argument name reused</description></item>
/// <item><term>MPY1117</term><description>SyntaxError: invalid syntax (a parameter after <c>**kwargs</c>, a second <c>*</c>)</description></item>
/// <item><term>MPY1118</term><description>SyntaxError: default 'except' must be last</description></item>
/// <item><term>MPY1119</term><description>SyntaxError: LHS of keyword arg must be an id</description></item>
/// <item><term>MPY1120</term><description>SyntaxError: positional arg after keyword arg / positional arg after **</description></item>
/// <item><term>MPY1121</term><description>SyntaxError: * arg after **</description></item>
/// <item><term>MPY1122</term><description>SyntaxError: too many args (a <c>*arg</c> beyond the star bitmap)</description></item>
/// <item><term>MPY1123</term><description>SyntaxError: super() can't find self</description></item>
/// <item><term>MPY1124</term><description>SyntaxError: invalid micropython decorator</description></item>
/// <item><term>MPY1125</term><description>SyntaxError: invalid arch (native, viper or inline assembler code without a target architecture)</description></item>
/// <item><term>MPY1126</term><description>SyntaxError: expecting key:value for dict / expecting just a value for set</description></item>
/// <item><term>MPY1127</term><description>RuntimeError: bytecode overflow (a jump longer than 16 KiB)</description></item>
/// <item><term>MPY1128</term><description>RuntimeError: maximum recursion depth exceeded (code nested too deeply to compile)</description></item>
/// <item><term>MPY1129</term><description>RuntimeError: too many variables closed over (a cell numbered above 255, where mpy-cross itself fails an assertion)</description></item>
/// </list>
/// </remarks>
internal static class CompilerErrors
{
    public const string CannotAssign = "can't assign to expression";
    public const string CannotDelete = "can't delete expression";
    public const string MultipleStars = "multiple *x in assignment";
    public const string StarNotTarget = "*x must be assignment target";
    public const string BreakOutsideLoop = "'break'/'continue' outside loop";
    public const string ReturnOutsideFunction = "'return' outside function";
    public const string YieldOutsideFunction = "'yield' outside function";
    public const string AwaitOutsideFunction = "'await' outside function";
    public const string AsyncOutsideAsync = "async for/with outside async function";
    public const string ImportStarNotModule = "import * not at module level";
    public const string RedefinedAsGlobal = "identifier redefined as global";
    public const string RedefinedAsNonlocal = "identifier redefined as nonlocal";
    public const string NoNonlocalBinding = "no binding for nonlocal found";
    public const string NonlocalAtModule = "can't declare nonlocal in outer code";
    public const string NonDefaultAfterDefault = "non-default argument follows default argument";
    public const string ArgumentReused = "argument name reused";
    public const string InvalidSyntax = "invalid syntax";
    public const string DefaultExceptNotLast = "default 'except' must be last";
    public const string KeywordNotId = "LHS of keyword arg must be an id";
    public const string PositionalAfterKeyword = "positional arg after keyword arg";
    public const string PositionalAfterDoubleStar = "positional arg after **";
    public const string StarAfterDoubleStar = "* arg after **";
    public const string TooManyArgs = "too many args";
    public const string SuperNoSelf = "super() can't find self";
    public const string InvalidDecorator = "invalid micropython decorator";
    public const string InvalidArch = "invalid arch";
    public const string ExpectingKeyValue = "expecting key:value for dict";
    public const string ExpectingValue = "expecting just a value for set";
    public const string BytecodeOverflow = "bytecode overflow";
    public const string TooDeep = "maximum recursion depth exceeded";
    public const string TooManyCells = "too many variables closed over (at most 256 per function)";

    public static string CodeOf(string message) => message switch
    {
        CannotAssign => "MPY1101",
        CannotDelete => "MPY1102",
        MultipleStars => "MPY1103",
        StarNotTarget => "MPY1104",
        BreakOutsideLoop => "MPY1105",
        ReturnOutsideFunction => "MPY1106",
        YieldOutsideFunction => "MPY1107",
        AwaitOutsideFunction => "MPY1108",
        AsyncOutsideAsync => "MPY1109",
        ImportStarNotModule => "MPY1110",
        RedefinedAsGlobal => "MPY1111",
        RedefinedAsNonlocal => "MPY1112",
        NoNonlocalBinding => "MPY1113",
        NonlocalAtModule => "MPY1114",
        NonDefaultAfterDefault => "MPY1115",
        ArgumentReused => "MPY1116",
        InvalidSyntax => "MPY1117",
        DefaultExceptNotLast => "MPY1118",
        KeywordNotId => "MPY1119",
        PositionalAfterKeyword or PositionalAfterDoubleStar => "MPY1120",
        StarAfterDoubleStar => "MPY1121",
        TooManyArgs => "MPY1122",
        SuperNoSelf => "MPY1123",
        InvalidDecorator => "MPY1124",
        InvalidArch => "MPY1125",
        ExpectingKeyValue or ExpectingValue => "MPY1126",
        BytecodeOverflow => "MPY1127",
        TooDeep => "MPY1128",
        TooManyCells => "MPY1129",
        _ => throw new ArgumentException("not a compiler error message: " + message, nameof(message)),
    };

    public static CompileError Create(string exceptionType, string message, int line, int column, string? scopeName) =>
        new(exceptionType, message, line, column, scopeName, CodeOf(message));
}

/// <summary>
/// Unwinds the compiler from the first error to the scope loop. The line is the one mpy-cross
/// reports: the blamed node's when it is a rule node or constant object (the reference's struct
/// nodes), otherwise filled in on the way out from the nearest enclosing node that has one, or
/// from the scope's node. The column comes from the same node, unless a culprit on that line
/// pinpoints the error better (the reused parameter name rather than the whole <c>def</c>).
/// </summary>
internal sealed class CompileFailure(string message, ParseNode? culprit) : Exception(message)
{
    /// <summary>The reported line, or 0 while no node has supplied one.</summary>
    public int Line { get; private set; }

    /// <summary>The column to report: the culprit's if it is on the reported line, else the line-giving node's.</summary>
    public int Column => culprit is { Column: > 0 } c && c.Line == Line ? c.Column : lineColumn;

    private int lineColumn;

    /// <summary>Takes the line and column of <paramref name="node"/> if no line is known yet and the reference would take one from it.</summary>
    public void Blame(ParseNode? node)
    {
        if (Line == 0 && CodeGenerator.LineOf(node) != 0)
        {
            Line = CodeGenerator.LineOf(node);
            lineColumn = CodeGenerator.ColumnOf(node);
        }
    }
}
