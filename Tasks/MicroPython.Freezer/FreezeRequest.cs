namespace MicroPython.Freezer;

/// <summary>Everything <see cref="FrozenCWriter"/> needs to write one <c>frozen_content.c</c>.</summary>
/// <param name="StrModules">Modules frozen as source text, in output order.</param>
/// <param name="MpyModules">Modules frozen as bytecode, in output order.</param>
/// <param name="Firmware">The qstrs the firmware already has and its qstr pool layout.</param>
/// <param name="Target">The target's integer storage.</param>
public sealed record FreezeRequest(
    IReadOnlyList<FrozenStrModule> StrModules,
    IReadOnlyList<FrozenMpyModule> MpyModules,
    FirmwareQstrs Firmware,
    FreezeTarget Target);
