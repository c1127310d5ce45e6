namespace MicroPython.Compiler.Emit;

/// <summary>How a name is bound in one scope; decides which load/store opcodes it compiles to.</summary>
internal enum SymbolKind
{
    /// <summary>Seen in a <c>global</c>/<c>nonlocal</c> or parameter list before it was classified.</summary>
    Undecided,

    /// <summary>Only read here: a global (or builtin) unless an enclosing function binds it.</summary>
    GlobalImplicit,

    /// <summary>Assigned at module or class level: a name op, and never closed over.</summary>
    GlobalImplicitAssigned,

    /// <summary>Declared <c>global</c>, or an implicit global inside a function.</summary>
    GlobalExplicit,

    /// <summary>A fast local of this function.</summary>
    Local,

    /// <summary>A local of this function that an inner function reads, so it lives in a cell.</summary>
    Cell,

    /// <summary>A variable of an enclosing function, passed in as a cell.</summary>
    Free,
}

/// <summary>What kind of parameter a symbol is, if any.</summary>
[Flags]
internal enum SymbolFlags
{
    None = 0,
    Param = 1,
    StarParam = 2,
    DoubleStarParam = 4,
}
