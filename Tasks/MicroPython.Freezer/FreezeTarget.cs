using MicroPython.Bytecode.Targets;

namespace MicroPython.Freezer;

/// <summary>
/// The facts of a target that change the frozen C beyond its qstr list: how it stores integers
/// outside the small-int range. (Object representation and float precision change nothing in the
/// text: every float is written for all representations under <c>#if</c>.)
/// </summary>
/// <param name="LongInt">The target's <c>MICROPY_LONGINT_IMPL</c> (<c>-mlongint-impl</c>).</param>
/// <param name="MpzDigitSize">Bits per mpz digit (<c>-mmpz-dig-size</c>, 8, 16 or 32), used with <see cref="LongIntImplementation.Mpz"/>.</param>
public sealed record FreezeTarget(LongIntImplementation LongInt = LongIntImplementation.Mpz, int MpzDigitSize = 16)
{
    /// <summary>mpy-tool's defaults: mpz with 16-bit digits.</summary>
    public static FreezeTarget Default { get; } = new();

    /// <summary>The freeze-relevant part of a target profile.</summary>
    public static FreezeTarget FromProfile(TargetProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new FreezeTarget(profile.LongInt, profile.MpzDigitSize);
    }
}
