using MicroPython.Bytecode.Targets;

namespace MicroPython.Freezer.Sizes;

/// <summary>The facts of a target that decide how many bytes the C structures of frozen code take.</summary>
/// <param name="WordBytes">Bytes of a pointer and of <c>size_t</c>: 8 on 64-bit targets, else 4.</param>
/// <param name="FloatBytes">Bytes of <c>mp_float_t</c> (4 single, 8 double, 0 without floats).</param>
/// <param name="FloatsBoxed">Whether float constants are objects of their own (representations A and B) rather than encoded in the word.</param>
public sealed record SizeModel(int WordBytes, int FloatBytes, bool FloatsBoxed)
{
    /// <summary>The model of <paramref name="profile"/>'s target.</summary>
    public static SizeModel FromProfile(TargetProfile profile) => new(
        profile.SmallIntBits > 31 ? 8 : 4,
        profile.Float switch
        {
            FloatImplementation.Double => 8,
            FloatImplementation.Single => 4,
            _ => 0,
        },
        profile.ObjectRepresentation is ObjectRepresentation.A or ObjectRepresentation.B);
}
