using System.Runtime.CompilerServices;
using MicroPython.Bytecode.Constants;
using MicroPython.Compiler.Diagnostics;
using MicroPython.Compiler.Syntax;

namespace MicroPython.Freezer.Manifests;

/// <summary>
/// Runs one manifest without executing Python: the file is parsed with our parser and only the
/// manifest subset is interpreted — calls of the manifest functions with literal arguments, the
/// <c>options</c> object, simple assignments, <c>if</c>/<c>elif</c>/<c>else</c>, <c>pass</c>, and
/// the operators <c>not</c>, <c>and</c>, <c>or</c>, <c>==</c>, <c>!=</c>, <c>+</c>. Anything else is
/// reported as unsupported with its line.
/// </summary>
internal sealed class ManifestInterpreter
{
    /// <summary>The longest string a manifest may build (paths and names are far shorter).</summary>
    public const int MaxStringLength = 1 << 20;

    /// <summary>The longest list or tuple a manifest may build.</summary>
    public const int MaxListLength = 1 << 16;

    /// <summary>How deeply lists and tuples may nest where they are compared.</summary>
    public const int MaxNesting = 100;

    /// <summary>How many expressions and comparisons one manifest may evaluate.</summary>
    public const int MaxSteps = 1_000_000;

    private readonly string fileName;
    private readonly IReadOnlyDictionary<string, Func<CallArguments, object?>> functions;
    private readonly IncludeOptions options;
    private readonly Dictionary<string, object?> variables = new(StringComparer.Ordinal);
    private int line;
    private int column;
    private int steps;

    public ManifestInterpreter(string fileName, IReadOnlyDictionary<string, Func<CallArguments, object?>> functions, IncludeOptions options)
    {
        this.fileName = fileName;
        this.functions = functions;
        this.options = options;
    }

    /// <summary>The line of the statement being run.</summary>
    public int Line => line;

    public void Run(string source)
    {
        ParseTree tree;
        try
        {
            tree = Parser.Parse(source, Path.GetFileName(fileName), ParseOptions.Default);
        }
        catch (CompileError e)
        {
            throw new FreezerException(FreezerErrors.ManifestSyntax, $"{e.ExceptionType}: {e.PythonMessage}", fileName, e.Line, e.Column, e);
        }

        (line, column) = (1, 1);
        Statement(tree.Root);
    }

    private void Statement(ParseNode? node)
    {
        if (node is null or TokenNode { Kind: TokenKind.Newline })
        {
            return;
        }

        if (node is not RuleNode r)
        {
            // A bare literal or name as a statement does nothing.
            return;
        }

        (line, column) = (r.Line, r.Column);
        switch (r.Rule)
        {
            case Rule.FileInput or Rule.FileInput2 or Rule.SuiteBlockStmts or Rule.SimpleStmt2:
                foreach (var child in r.Children)
                {
                    Statement(child);
                }

                break;
            case Rule.PassStmt:
                break;
            case Rule.ExprStmt when r[1] is null:
                Evaluate(r[0]);
                break;
            case Rule.ExprStmt when r[0] is IdNode target && r[1] is not RuleNode { Rule: Rule.ExprStmtAugassign or Rule.ExprStmtAssignList or Rule.Annassign }:
                variables[target.Name] = Evaluate(r[1]);
                break;
            case Rule.IfStmt:
                If(r);
                break;
            default:
                throw Unsupported($"the statement '{Describe(r.Rule)}'");
        }
    }

    private void If(RuleNode r)
    {
        // if_stmt: condition, body, then elif nodes (alone or in a list), then an optional else body.
        if (Truthy(Evaluate(r[0])))
        {
            Statement(r[1]);
            return;
        }

        for (var i = 2; i < r.Count; i++)
        {
            var part = r[i];
            var elifs = part switch
            {
                RuleNode { Rule: Rule.IfStmtElifList } list => list.Children.ToArray(),
                RuleNode { Rule: Rule.IfStmtElif } => [part],
                _ => null,
            };
            if (elifs is null)
            {
                Statement(part);
                return;
            }

            foreach (var elif in elifs.OfType<RuleNode>())
            {
                (line, column) = (elif.Line, elif.Column);
                if (Truthy(Evaluate(elif[0])))
                {
                    Statement(elif[1]);
                    return;
                }
            }
        }
    }

    private object? Evaluate(ParseNode? node)
    {
        Step();
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Unsupported("an expression nested this deeply");
        }

        switch (node)
        {
            case StringNode s:
                return s.Value;
            case SmallIntNode n:
                return n.Value;
            case TokenNode { Kind: TokenKind.KwTrue }:
                return true;
            case TokenNode { Kind: TokenKind.KwFalse }:
                return false;
            case TokenNode { Kind: TokenKind.KwNone }:
                return null;
            case ConstNode c:
                return FromConstant(c.Value);
            case IdNode id:
                return Name(id.Name);
            case RuleNode r:
                if (r.Line > line)
                {
                    // An argument on a later line of a call is the better place to point at.
                    (line, column) = (r.Line, r.Column);
                }

                return EvaluateRule(r);
            default:
                throw Unsupported("this expression");
        }
    }

    private object? EvaluateRule(RuleNode r)
    {
        switch (r.Rule)
        {
            case Rule.AtomExprNormal:
                return Trailers(Evaluate(r[0]), r[1]);
            case Rule.AtomBracket:
                return new List<object?>(Items(r[0]));
            case Rule.AtomParen:
                return r[0] is RuleNode { Rule: Rule.TestlistComp } || r[0] is null ? Items(r[0]).ToArray() : Evaluate(r[0]);
            case Rule.NotTest2:
                return !Truthy(Evaluate(r[0]));
            case Rule.AndTest:
                {
                    object? value = true;
                    foreach (var c in r.Children)
                    {
                        value = Evaluate(c);
                        if (!Truthy(value))
                        {
                            return value;
                        }
                    }

                    return value;
                }

            case Rule.OrTest:
                {
                    object? value = false;
                    foreach (var c in r.Children)
                    {
                        value = Evaluate(c);
                        if (Truthy(value))
                        {
                            return value;
                        }
                    }

                    return value;
                }

            case Rule.Comparison when r.Count == 3 && r[1] is TokenNode { Kind: TokenKind.OpDblEqual or TokenKind.OpNotEqual } op:
                {
                    var equal = PyEquals(Evaluate(r[0]), Evaluate(r[2]), 0);
                    return op.Kind == TokenKind.OpDblEqual ? equal : !equal;
                }

            case Rule.ArithExpr when r.Count == 3 && r[1] is TokenNode { Kind: TokenKind.OpPlus }:
                return Add(Evaluate(r[0]), Evaluate(r[2]));
            default:
                throw Unsupported($"the expression '{Describe(r.Rule)}'");
        }
    }

    private object? Trailers(object? value, ParseNode? trailers)
    {
        var list = trailers is RuleNode { Rule: Rule.AtomExprTrailers } t ? t.Children : [trailers];
        foreach (var trailer in list)
        {
            value = trailer switch
            {
                RuleNode { Rule: Rule.TrailerPeriod } p when p[0] is IdNode attr => Attribute(value, attr.Name),
                RuleNode { Rule: Rule.TrailerParen } c => Call(value, c[0]),
                _ => throw Unsupported("indexing or slicing"),
            };
        }

        return value;
    }

    private object? Attribute(object? target, string name)
    {
        if (target is IncludeOptions o)
        {
            return name == "defaults"
                ? new Func<CallArguments, object?>(args =>
                {
                    if (args.Positional.Count > 0)
                    {
                        throw new ManifestCallException("options.defaults() takes keyword arguments only");
                    }

                    o.SetDefaults(args.Keywords.ToDictionary(k => k.Key, k => k.Value));
                    return null;
                })
                : o.Get(name);
        }

        throw Unsupported($"the attribute '{name}' of {TypeName(target)}");
    }

    private object? Call(object? callee, ParseNode? argNode)
    {
        if (callee is not Func<CallArguments, object?> function)
        {
            throw Unsupported($"calling {TypeName(callee)}");
        }

        var positional = new List<object?>();
        var keywords = new List<KeyValuePair<string, object?>>();
        var args = argNode switch
        {
            null => [],
            RuleNode { Rule: Rule.Arglist } list => list.Children,
            _ => [argNode],
        };
        foreach (var a in args)
        {
            switch (a)
            {
                case RuleNode { Rule: Rule.Argument } kw when kw[0] is IdNode name && kw[1] is not RuleNode { Rule: Rule.CompFor }:
                    keywords.Add(new(name.Name, Evaluate(kw[1])));
                    break;
                case RuleNode { Rule: Rule.Argument or Rule.ArglistStar or Rule.ArglistDblStar }:
                    throw Unsupported("*args, **kwargs and generator arguments");
                default:
                    positional.Add(Evaluate(a));
                    break;
            }
        }

        try
        {
            return function(new CallArguments(positional, keywords));
        }
        catch (ManifestCallException e)
        {
            throw new FreezerException(e.Code, e.Message, fileName, line, column, e);
        }
    }

    private IEnumerable<object?> Items(ParseNode? node)
    {
        switch (node)
        {
            case null:
                return [];
            case RuleNode { Rule: Rule.TestlistComp } list:
                var items = list.Children.ToArray();
                if (items.Any(c => c is RuleNode { Rule: Rule.CompFor }))
                {
                    throw Unsupported("comprehensions");
                }

                return items.Where(c => c is not null).Select(Evaluate).ToList();
            default:
                return [Evaluate(node)];
        }
    }

    private object? Name(string name)
    {
        if (variables.TryGetValue(name, out var value))
        {
            return value;
        }

        if (name == "options")
        {
            return options;
        }

        if (functions.TryGetValue(name, out var f))
        {
            return f;
        }

        throw new FreezerException(FreezerErrors.ManifestUnsupported, $"'{name}' is not defined; a manifest may call only metadata, include, require, add_library, package, module, freeze, freeze_as_str, freeze_as_mpy and freeze_mpy", fileName, line, column);
    }

    private object? FromConstant(MpyConstant c) => c switch
    {
        MpyStr s => s.Value,
        MpyInt i when i.Value >= long.MinValue && i.Value <= long.MaxValue => (long)i.Value,
        MpyInt i => throw TooLarge($"the integer {i.Repr()} is wider than 64 bits, the most a manifest handles"),
        MpyTuple t => t.Items.Select(FromConstant).ToArray(),
        MpySingleton s when ReferenceEquals(s, MpySingleton.True) => true,
        MpySingleton s when ReferenceEquals(s, MpySingleton.False) => false,
        MpySingleton s when ReferenceEquals(s, MpySingleton.None) => null,
        _ => throw new ManifestCallException($"the constant {c.Repr()} is not supported in a manifest", FreezerErrors.ManifestUnsupported),
    };

    private object? Add(object? a, object? b) => (a, b) switch
    {
        (string x, string y) when (long)x.Length + y.Length > MaxStringLength => throw TooLarge($"a string longer than {MaxStringLength} characters is more than a manifest may build"),
        (string x, string y) => x + y,
        (long x, long y) when long.MaxValue - Math.Max(x, 0) < Math.Max(y, 0) || long.MinValue - Math.Min(x, 0) > Math.Min(y, 0) => throw TooLarge("a sum wider than 64 bits is more than a manifest handles"),
        (long x, long y) => x + y,
        (List<object?> x, List<object?> y) when x.Count + y.Count > MaxListLength => throw TooLarge($"a list longer than {MaxListLength} items is more than a manifest may build"),
        (List<object?> x, List<object?> y) => x.Concat(y).ToList(),
        (object?[] x, object?[] y) when x.Length + y.Length > MaxListLength => throw TooLarge($"a tuple longer than {MaxListLength} items is more than a manifest may build"),
        (object?[] x, object?[] y) => x.Concat(y).ToArray(),
        _ => throw Unsupported($"adding {TypeName(a)} and {TypeName(b)}"),
    };

    // Lists built from lists share them, so a few lines can make a value whose full walk is
    // exponentially long or deeper than the stack: both are bounded.
    private bool PyEquals(object? a, object? b, int depth)
    {
        Step();
        if (depth > MaxNesting)
        {
            throw TooLarge($"lists or tuples nested more than {MaxNesting} deep are more than a manifest may compare");
        }

        return (a, b) switch
        {
            (null, null) => true,
            (bool x, long y) => (x ? 1 : 0) == y,
            (long x, bool y) => x == (y ? 1 : 0),
            (List<object?> x, List<object?> y) => x.Count == y.Count && x.Zip(y).All(p => PyEquals(p.First, p.Second, depth + 1)),
            (object?[] x, object?[] y) => x.Length == y.Length && x.Zip(y).All(p => PyEquals(p.First, p.Second, depth + 1)),
            _ => Equals(a, b),
        };
    }

    private void Step()
    {
        if (++steps > MaxSteps)
        {
            throw TooLarge($"evaluating it takes more than {MaxSteps} steps");
        }
    }

    private FreezerException TooLarge(string what) =>
        new(FreezerErrors.ManifestTooLarge, $"the manifest is too large to evaluate: {what}", fileName, line, column);

    internal static bool Truthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        long n => n != 0,
        string s => s.Length > 0,
        List<object?> l => l.Count > 0,
        object?[] t => t.Length > 0,
        _ => true,
    };

    internal static string TypeName(object? value) => value switch
    {
        null => "None",
        bool => "a bool",
        long => "an int",
        string => "a str",
        List<object?> => "a list",
        object?[] => "a tuple",
        IncludeOptions => "options",
        _ => "a function",
    };

    private static string Describe(Rule rule) => rule.ToString();

    private FreezerException Unsupported(string what) =>
        new(FreezerErrors.ManifestUnsupported, $"{what} is not supported in a manifest (manifests are evaluated, not executed: use calls with literal arguments, options, if/else and simple assignments)", fileName, line, column);
}
