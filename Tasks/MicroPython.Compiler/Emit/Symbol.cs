namespace MicroPython.Compiler.Emit;

/// <summary>One name of a scope's symbol table.</summary>
internal sealed class Symbol(string name, SymbolKind kind)
{
    public string Name { get; } = name;

    public SymbolKind Kind { get; set; } = kind;

    public SymbolFlags Flags { get; set; }

    /// <summary>The slot of a local, or the cell/free number of a closed-over variable.</summary>
    public int LocalNum { get; set; }

    public bool IsParam => (Flags & SymbolFlags.Param) != 0;
}
