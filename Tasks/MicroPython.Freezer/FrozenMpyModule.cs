using MicroPython.Bytecode;

namespace MicroPython.Freezer;

/// <summary>A module frozen as bytecode. Its frozen name is the module's source name (qstr 0).</summary>
/// <param name="Module">The compiled module.</param>
/// <param name="OriginPath">Where the <c>.mpy</c> came from; only written into a comment (<c>// - original source file:</c>).</param>
public sealed record FrozenMpyModule(MpyModule Module, string OriginPath);
