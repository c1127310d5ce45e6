using MicroPython.Bytecode.Encoding;
using MicroPython.Compiler.Hosting;

namespace MicroPython.Compiler.Emit;

/// <summary>
/// The growable buffers a <see cref="BytecodeEmitter"/> works in, kept by each thread from one
/// module to the next. Everything in them is cleared or overwritten before it is read, and what
/// leaves the emitter is copied out, so a batch of thousands of modules fills them once per
/// thread instead of growing a fresh set for every module.
/// </summary>
internal sealed class EmitterBuffers
{
    // buffers grown past this by a huge module are left to the collector rather than kept
    private const int KeepLimit = 1 << 20;

    public ByteSink Code { get; } = new();

    public ByteSink LineTable { get; } = new();

    public ByteSink Scratch { get; } = new();

    public ByteSink RecordedCode { get; } = new();

    public int[] Events { get; set; } = new int[96];

    public int[] LabelOffsets { get; set; } = new int[16];

    /// <summary>This thread's spare set, or a new one.</summary>
    public static EmitterBuffers Rent() => ThreadSpare<EmitterBuffers>.Take(() => new EmitterBuffers());

    /// <summary>Gives a set back to this thread for its next module.</summary>
    public static void Return(EmitterBuffers buffers)
    {
        if (buffers.RecordedCode.Capacity <= KeepLimit && buffers.Events.Length <= KeepLimit)
        {
            ThreadSpare<EmitterBuffers>.Keep(buffers);
        }
    }
}
