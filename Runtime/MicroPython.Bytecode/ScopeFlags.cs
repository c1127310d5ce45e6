namespace MicroPython.Bytecode;

/// <summary>The scope flags a bytecode prelude's signature carries.</summary>
[Flags]
public enum ScopeFlags
{
    /// <summary>No flag.</summary>
    None = 0,
    /// <summary>The function is a generator (or coroutine).</summary>
    Generator = 0x01,
    /// <summary>The function takes <c>**kwargs</c>.</summary>
    VarKeywords = 0x02,
    /// <summary>The function takes <c>*args</c>.</summary>
    VarArgs = 0x04,
    /// <summary>The function has keyword-only parameters with defaults.</summary>
    DefaultKeywordArgs = 0x08,
}
