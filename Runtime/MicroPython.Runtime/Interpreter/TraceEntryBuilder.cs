using MicroPython.Bytecode.Opcodes;
using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime.Interpreter;

/// <summary>Works out the traceback line for an instruction from the prelude's line table.</summary>
internal readonly struct TraceEntryBuilder(Frame frame, int index)
{
    public TracebackEntry Entry
    {
        get
        {
            var offset = frame.Code.Offsets[index];
            var line = 1;
            foreach (var e in LineTable.Decode(frame.Code.Prelude.LineTable))
            {
                if (e.Offset > offset)
                {
                    break;
                }

                line = e.Line;
            }

            return new TracebackEntry(frame.Module.SourceName, line, frame.Code.Name);
        }
    }
}
