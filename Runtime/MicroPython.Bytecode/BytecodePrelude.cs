namespace MicroPython.Bytecode;

/// <summary>
/// The decoded prelude of a bytecode function: its signature, its name and argument names (as qstr
/// table indices), its line-number table and the locals it turns into cells.
/// </summary>
public sealed record BytecodePrelude
{
    /// <summary>Locals plus maximum stack depth: the size of the function's state array.</summary>
    public required int NState { get; init; }

    /// <summary>The deepest nesting of exception handlers.</summary>
    public required int NExcStack { get; init; }

    /// <summary>The signature's scope flags.</summary>
    public required ScopeFlags Flags { get; init; }

    /// <summary>Positional parameters, including free variables passed in as leading arguments.</summary>
    public required int NPosArgs { get; init; }

    /// <summary>Keyword-only parameters.</summary>
    public required int NKwOnlyArgs { get; init; }

    /// <summary>Positional parameters that have defaults.</summary>
    public required int NDefPosArgs { get; init; }

    /// <summary>The qstr index of the function's name.</summary>
    public required int SimpleName { get; init; }

    /// <summary>The qstr index of each positional and keyword-only parameter's name.</summary>
    public required IReadOnlyList<int> ArgNames { get; init; }

    /// <summary>The encoded line-number table (empty when compiled without line numbers).</summary>
    public required byte[] LineTable { get; init; }

    /// <summary>The local slots that become cells on entry, one byte each.</summary>
    public required byte[] Cells { get; init; }
}
