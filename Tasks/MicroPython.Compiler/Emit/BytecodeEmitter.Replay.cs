using MicroPython.Bytecode.Opcodes;

namespace MicroPython.Compiler.Emit;

/// <summary>
/// Replaying the stack-size pass. The code-size and emit passes walk the same tree in the same
/// order as the stack-size pass, and can only differ from it in jump lengths, and so in where
/// labels fall and in the line table's offsets. The stack-size pass therefore records its code and
/// where each jump, label and line change came in it; the later passes copy the bytes between
/// those points and redo only the jumps, labels and lines, instead of compiling the tree again.
/// Everything else those passes would touch (the qstr and constant tables, the children, the
/// stack and exception depths) the stack-size pass has already settled.
/// </summary>
internal sealed partial class BytecodeEmitter
{
    private const int EventLabel = -1;
    private const int EventLine = -2;

    // the stack-size pass's code, and its events as (kind, code offset, value): kind is a jump's
    // opcode, EventLabel or EventLine
    private readonly Bytecode.Encoding.ByteSink recordedCode;
    private int[] events;
    private int eventCount;
    private bool recording;

    /// <summary>Runs the code-size or emit pass of the current scope from the stack-size pass's record.</summary>
    /// <returns>What <see cref="EndPass"/> says: false when the emit pass must run again.</returns>
    public bool Replay(CompilePass newPass)
    {
        pass = newPass;
        lastLineOffset = 0;
        lastLine = 1;
        overflow = false;
        code.Clear();
        lineTable.Clear();
        var recorded = recordedCode.Span;
        var copied = 0;
        for (var e = 0; e < eventCount; e += 3)
        {
            var at = events[e + 1];
            code.Bytes(recorded[copied..at]);
            copied = at;
            switch (events[e])
            {
                case EventLabel:
                    labelOffsets[events[e + 2]] = code.Length;
                    break;
                case EventLine:
                    EncodeLine(events[e + 2]);
                    break;
                default:
                    // the stack-size pass wrote every jump long: three bytes
                    EncodeJump((Opcode)events[e], events[e + 2]);
                    copied += 3;
                    break;
            }
        }

        code.Bytes(recorded[copied..]);
        return EndPass();
    }

    private void StartRecording()
    {
        eventCount = 0;
        recording = true;
    }

    private void EndRecording()
    {
        recordedCode.Clear();
        recordedCode.Bytes(code.Span);
        recording = false;
    }

    private void Record(int kind, int value)
    {
        if (!recording)
        {
            return;
        }

        if (eventCount + 3 > events.Length)
        {
            Array.Resize(ref events, events.Length * 2);
        }

        events[eventCount] = kind;
        events[eventCount + 1] = code.Length;
        events[eventCount + 2] = value;
        eventCount += 3;
    }
}
