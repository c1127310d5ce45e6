namespace MicroPython.Bytecode.Targets;

/// <summary>The precision of a target's <c>float</c> (<c>MICROPY_FLOAT_IMPL</c>).</summary>
public enum FloatImplementation
{
    /// <summary>No floating point.</summary>
    None,

    /// <summary>32-bit IEEE single precision.</summary>
    Single,

    /// <summary>64-bit IEEE double precision.</summary>
    Double,
}
