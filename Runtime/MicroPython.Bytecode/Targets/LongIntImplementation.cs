namespace MicroPython.Bytecode.Targets;

/// <summary>How a target stores integers that do not fit a small int (<c>MICROPY_LONGINT_IMPL</c>).</summary>
public enum LongIntImplementation
{
    /// <summary>No long ints: overflowing a small int is an error.</summary>
    None,

    /// <summary>A C <c>long long</c>: 64-bit integers.</summary>
    LongLong,

    /// <summary>Arbitrary precision (mpz), with digits of <see cref="TargetProfile.MpzDigitSize"/> bits.</summary>
    Mpz,
}
