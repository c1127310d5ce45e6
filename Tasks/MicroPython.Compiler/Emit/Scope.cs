using System.Runtime.InteropServices;
using MicroPython.Bytecode;
using MicroPython.Compiler.Syntax;

namespace MicroPython.Compiler.Emit;

/// <summary>
/// A code block being compiled: its symbol table (in first-mention order, which decides local
/// numbering and the closure order), its argument counts and the sizes the passes measure.
/// </summary>
internal sealed class Scope
{
    // most scopes (functions, comprehensions) have a handful of symbols: they are searched along
    // the list, and only a scope with more gets the two maps below
    private const int ListedSymbols = 16;

    private readonly List<Symbol> symbols = [];
    private Dictionary<string, Symbol>? byName;

    // in front of byName: every pass asks about the names the scope pass bound, by the very
    // strings it bound them with (the parser's one string per name)
    private IdentityMap<Symbol>? byInstance;

    public Scope(ScopeKind kind, ParseNode? node, Scope? parent, string simpleName)
    {
        Kind = kind;
        Node = node;
        Parent = parent;
        SimpleName = simpleName;
        Depth = parent is null ? 0 : parent.Depth + 1;
    }

    /// <summary>How many scopes enclose this one (0 for the module): the nesting of its raw code.</summary>
    public int Depth { get; }

    public ScopeKind Kind { get; }

    public ParseNode? Node { get; }

    /// <summary>The raw code built from <see cref="Output"/> and the children's raw codes.</summary>
    public RawCode? Built { get; set; }

    public Scope? Parent { get; }

    public string SimpleName { get; }

    // a span over the list, not an enumerator: it is walked in every pass of every scope
    public ReadOnlySpan<Symbol> Symbols => CollectionsMarshal.AsSpan(symbols);

    /// <summary>The first parameter (the <c>self</c> of a method), if there is one.</summary>
    public Symbol? FirstParam => symbols.Find(s => s.IsParam);

    public ScopeFlags Flags { get; set; }

    public int NumPosArgs { get; set; }

    public int NumKwOnlyArgs { get; set; }

    public int NumDefPosArgs { get; set; }

    public int NumLocals { get; private set; }

    /// <summary>How many variables this scope receives from its parent as cells.</summary>
    public int NumFree { get; private set; }

    /// <summary>
    /// The name of each argument slot, set by <see cref="AssignLocals"/>: the parameter numbered
    /// so, or <c>*</c> for closed-over variables and a comprehension's hidden iterator.
    /// </summary>
    public IReadOnlyList<string> ArgumentNames { get; private set; } = [];

    public int StackSize { get; set; }

    public int ExcStackSize { get; set; }

    /// <summary>The child scopes in the order their MAKE_FUNCTION/MAKE_CLOSURE operands number them.</summary>
    public List<Scope> Children { get; } = [];

    /// <summary>The finished code, set once the scope's last pass has run.</summary>
    public RawCodeParts? Output { get; set; }

    public bool IsFunctionLike => Kind >= ScopeKind.Lambda;

    public bool IsComprehensionLike => Kind is >= ScopeKind.ListComp and <= ScopeKind.GenExpr;

    public Symbol? Find(string name)
    {
        if (byName is null)
        {
            return FindListed(name);
        }

        if (byInstance!.TryGetValue(name, out var symbol))
        {
            return symbol;
        }

        if (byName.TryGetValue(name, out symbol))
        {
            // the same name through another string: found at once from now on
            byInstance.Add(name, symbol);
        }

        return symbol;
    }

    public Symbol FindOrAdd(string name, SymbolKind kind)
    {
        if (Find(name) is { } existing)
        {
            return existing;
        }

        var symbol = new Symbol(name, kind);
        symbols.Add(symbol);
        if (byName is not null)
        {
            byName.Add(name, symbol);
            byInstance!.Add(name, symbol);
        }
        else if (symbols.Count > ListedSymbols)
        {
            byName = new(symbols.Count * 2, StringComparer.Ordinal);
            byInstance = new(symbols.Count * 2);
            foreach (var listed in Symbols)
            {
                byName.Add(listed.Name, listed);
                byInstance.Add(listed.Name, listed);
            }
        }

        return symbol;
    }

    // names are unique in a scope, so the first symbol spelled the same is the one (and most
    // often it is the parser's very string); the identity and length tests are written out, as
    // most symbols differ and string.Equals, a call for each, made whole compiles 2% slower
    private Symbol? FindListed(string name)
    {
        foreach (var symbol in Symbols)
        {
            var bound = symbol.Name;
            if (ReferenceEquals(bound, name) || (bound.Length == name.Length && bound.AsSpan().SequenceEqual(name)))
            {
                return symbol;
            }
        }

        return null;
    }

    public Symbol? FindGlobal(string name)
    {
        var scope = this;
        while (scope.Parent is not null)
        {
            scope = scope.Parent;
        }

        return scope.Find(name);
    }

    /// <summary>
    /// An implicit global read here becomes a free variable if an enclosing function (not the
    /// module) binds it; every scope in between then passes it down.
    /// </summary>
    public void CheckToCloseOver(Symbol symbol)
    {
        if (Parent is null)
        {
            return;
        }

        for (var s = Parent; s.Parent is not null; s = s.Parent)
        {
            var outer = s.Find(symbol.Name);
            if (outer is null)
            {
                continue;
            }

            if (outer.Kind is SymbolKind.Local or SymbolKind.Cell or SymbolKind.Free)
            {
                symbol.Kind = SymbolKind.Free;
                CloseOverInParents(symbol.Name);
            }

            break;
        }
    }

    private void CloseOverInParents(string name)
    {
        for (var s = Parent!; s.Parent is not null; s = s.Parent)
        {
            var id = s.FindOrAdd(name, SymbolKind.Undecided);
            if (id.Kind == SymbolKind.Undecided)
            {
                id.Kind = SymbolKind.Free;
                continue;
            }

            if (id.Kind == SymbolKind.Local)
            {
                id.Kind = SymbolKind.Cell;
            }

            return;
        }
    }

    /// <summary>
    /// Numbers the locals once all scopes have been scanned: parameters and locals first in
    /// symbol order, then cells, with free variables shifted in front as extra positional args.
    /// </summary>
    public void AssignLocals()
    {
        if ((Flags & ScopeFlags.VarArgs) != 0)
        {
            SwapStarParamWithLastPlainParam();
        }

        NumLocals = 0;
        foreach (var id in Symbols)
        {
            if (Kind == ScopeKind.Class && id.Name == "__class__")
            {
                continue;
            }

            if (IsFunctionLike && id.Kind == SymbolKind.GlobalImplicit)
            {
                id.Kind = SymbolKind.GlobalExplicit;
            }

            if (id.Kind == SymbolKind.Local || id.IsParam)
            {
                id.LocalNum = NumLocals++;
            }
        }

        foreach (var id in Symbols)
        {
            if (id.Kind == SymbolKind.Cell && !id.IsParam)
            {
                id.LocalNum = NumLocals++;
            }
        }

        var numFree = 0;

        // Free variables are numbered in the parent's symbol order; a scope without any (the
        // usual case) skips the walk over the parent, which keeps many functions linear.
        if (Parent is null || !symbols.Exists(s => s.Kind == SymbolKind.Free))
        {
            NameArgumentSlots();
            return;
        }

        foreach (var outer in Parent.Symbols)
        {
            if (outer.Kind is not (SymbolKind.Cell or SymbolKind.Free))
            {
                continue;
            }

            // Names are unique within a scope, so at most one symbol here matches.
            if (Find(outer.Name) is { Kind: SymbolKind.Free } inner)
            {
                inner.LocalNum = numFree++;
            }
        }

        if (numFree > 0)
        {
            foreach (var id in Symbols)
            {
                if (id.Kind != SymbolKind.Free || id.IsParam)
                {
                    id.LocalNum += numFree;
                }
            }

            NumPosArgs += numFree;
            NumLocals += numFree;
        }

        NumFree = numFree;
        NameArgumentSlots();
    }

    private void NameArgumentSlots()
    {
        var names = new string[NumPosArgs + NumKwOnlyArgs];
        Array.Fill(names, "*");
        for (var i = symbols.Count - 1; i >= 0; i--)
        {
            // Walking backwards lets the first parameter with a slot number win, as a forward search would.
            var id = symbols[i];
            if (id.IsParam && id.LocalNum >= 0 && id.LocalNum < names.Length)
            {
                names[id.LocalNum] = id.Name;
            }
        }

        ArgumentNames = names;
    }

    /// <summary>
    /// MicroPython swaps the named <c>*args</c> symbol with the last plain parameter, which is
    /// how keyword-only arguments end up in the argument-name list in that rotated order.
    /// </summary>
    private void SwapStarParamWithLastPlainParam()
    {
        var plain = -1;
        for (var i = symbols.Count - 1; i >= 0; i--)
        {
            var id = symbols[i];
            if ((id.Flags & SymbolFlags.StarParam) != 0)
            {
                if (plain >= 0)
                {
                    (symbols[plain], symbols[i]) = (symbols[i], symbols[plain]);
                }

                return;
            }

            if (plain < 0 && id.Flags == SymbolFlags.Param)
            {
                plain = i;
            }
        }
    }
}
