namespace MicroPython.Compiler.Emit;

/// <summary>
/// The kinds of code block the compiler makes a raw code for. The order matters: every kind from
/// <see cref="Lambda"/> on is function-like (its names bind as fast locals).
/// </summary>
internal enum ScopeKind
{
    Module,
    Class,
    Lambda,
    ListComp,
    DictComp,
    SetComp,
    GenExpr,
    Function,
}
