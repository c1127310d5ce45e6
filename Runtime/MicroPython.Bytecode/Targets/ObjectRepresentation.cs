namespace MicroPython.Bytecode.Targets;

/// <summary>How a target packs objects into a machine word (<c>MICROPY_OBJ_REPR</c>).</summary>
public enum ObjectRepresentation
{
    /// <summary>Representation A: small ints in the low bit, qstrs and pointers in the rest.</summary>
    A,

    /// <summary>Representation B: small ints tagged with two low bits, for word-aligned pointers.</summary>
    B,

    /// <summary>Representation C: floats packed into the object word (30-bit precision) on 32-bit targets.</summary>
    C,

    /// <summary>Representation D: 64-bit NaN boxing of doubles.</summary>
    D,
}
