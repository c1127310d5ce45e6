using System.Runtime.CompilerServices;
using MicroPython.Bytecode;
using MicroPython.Bytecode.Constants;
using MicroPython.Bytecode.Encoding;
using MicroPython.Bytecode.Opcodes;

namespace MicroPython.Compiler.Emit;

/// <summary>
/// Writes one scope's prelude and opcodes, pass by pass. It mirrors MicroPython's bytecode emitter
/// where that decides bytes: jumps are long until label positions are known and can only shrink,
/// code after an unconditional jump/return/raise is suppressed until the next label, the stack
/// depth is tracked through every opcode, and the line table only records increasing lines.
/// </summary>
internal sealed partial class BytecodeEmitter
{
    private const int IterBufSlots = 4;

    private readonly QstrTable qstrs;
    private readonly ConstantTable constants;
    private readonly bool writeLines;

    // the sinks are cleared, not replaced, for every pass of every scope (and kept for the
    // thread's next module: see EmitterBuffers)
    private readonly EmitterBuffers buffers;
    private readonly ByteSink code;
    private readonly ByteSink lineTable;
    private readonly ByteSink scratch;
    private int[] labelOffsets;
    private Scope scope = null!;
    private CompilePass pass;
    private bool suppress;
    private int stackSize;
    private int lastLineOffset;
    private int lastLine;
    private int previousInfoSize;
    private int previousCodeSize;

    // The prelude's size field is written from the previous pass's counts, as in MicroPython.
    private int previousNInfo;
    private int previousNCell;
    private bool overflow;
    private int childCount;
    private bool jumped;

    public BytecodeEmitter(QstrTable qstrs, ConstantTable constants, bool writeLines, EmitterBuffers buffers)
    {
        this.qstrs = qstrs;
        this.constants = constants;
        this.writeLines = writeLines;
        this.buffers = buffers;
        code = buffers.Code;
        lineTable = buffers.LineTable;
        scratch = buffers.Scratch;
        recordedCode = buffers.RecordedCode;
        labelOffsets = buffers.LabelOffsets;
        events = buffers.Events;
    }

    /// <summary>Set when a jump offset did not fit its 15-bit field in the emit pass.</summary>
    public bool Overflowed => overflow;

    /// <summary>The buffers, with any arrays grown since, for the thread's next module.</summary>
    public EmitterBuffers ReleaseBuffers()
    {
        buffers.LabelOffsets = labelOffsets;
        buffers.Events = events;
        return buffers;
    }

    public void StartPass(CompilePass newPass, Scope newScope)
    {
        pass = newPass;
        scope = newScope;
        stackSize = 0;
        suppress = false;
        lastLineOffset = 0;
        lastLine = 1;
        overflow = false;
        childCount = 0;
        jumped = false;
        code.Clear();
        lineTable.Clear();
        if (pass == CompilePass.StackSize)
        {
            // the last pass to walk the tree: it lists the children and records itself for the rest
            scope.Children.Clear();
            StartRecording();
        }

        // The simple name and argument names are "used" qstrs from the first pass on.
        qstrs.Use(scope.SimpleName);
        for (var i = 0; i < scope.NumPosArgs + scope.NumKwOnlyArgs; i++)
        {
            qstrs.Use(ArgumentName(i));
        }
    }

    /// <summary>Ends the pass; false when the emit pass must run again because sizes shrank.</summary>
    public bool EndPass()
    {
        if (pass == CompilePass.Scope)
        {
            return true;
        }

        if (pass == CompilePass.StackSize)
        {
            EndRecording();
        }

        var infoSize = CodeInfoSize();
        if (pass == CompilePass.CodeSize)
        {
            previousInfoSize = infoSize;
            previousCodeSize = code.Length;
        }
        else if (pass == CompilePass.Emit)
        {
            if (infoSize != previousInfoSize || code.Length != previousCodeSize)
            {
                previousInfoSize = infoSize;
                previousCodeSize = code.Length;
                return false;
            }

            Finish();
        }

        return true;
    }

    /// <summary>
    /// After the stack-size pass, finishes a scope that has no jumps: jump lengths are all that the
    /// code-size and emit passes can change, so they would write the same bytes, line table,
    /// children and stack size again.
    /// </summary>
    /// <returns>Whether the scope is finished; false if the code-size and emit passes must run.</returns>
    public bool TryFinishWithoutJumps()
    {
        if (jumped)
        {
            return false;
        }

        Finish();
        return true;
    }

    // the scope's code is final: keep a copy with its prelude
    private void Finish() => scope.Output = new RawCodeParts(BuildPrelude(), code.ToArray());

    private BytecodePrelude BuildPrelude()
    {
        var argNames = new int[scope.NumPosArgs + scope.NumKwOnlyArgs];
        for (var i = 0; i < argNames.Length; i++)
        {
            argNames[i] = qstrs.Use(ArgumentName(i));
        }

        return new BytecodePrelude
        {
            NState = NState(),
            NExcStack = scope.ExcStackSize,
            Flags = scope.Flags,
            NPosArgs = scope.NumPosArgs,
            NKwOnlyArgs = scope.NumKwOnlyArgs,
            NDefPosArgs = scope.NumDefPosArgs,
            SimpleName = qstrs.Use(scope.SimpleName),
            ArgNames = argNames,
            LineTable = lineTable.ToArray(),
            Cells = CellBytes(),
        };
    }

    private int NState() => Math.Max(1, scope.NumLocals + scope.StackSize);

    private byte[] CellBytes()
    {
        var cells = new List<byte>();
        foreach (var id in scope.Symbols)
        {
            if (id.Kind == SymbolKind.Cell)
            {
                cells.Add((byte)id.LocalNum);
            }
        }

        return [.. cells];
    }

    /// <summary>
    /// The size of everything before the opcodes, as MicroPython sizes it: the signature, the
    /// size field (written with the previous pass's sizes), names, line table and cells.
    /// </summary>
    private int CodeInfoSize()
    {
        scratch.Clear();
        PreludeCodec.WriteSignature(scratch, NState(), scope.ExcStackSize, scope.Flags, scope.NumPosArgs, scope.NumKwOnlyArgs, scope.NumDefPosArgs);
        var n = scratch.Length;
        var names = VarInt.UnsignedSize((ulong)qstrs.Use(scope.SimpleName));
        for (var i = 0; i < scope.NumPosArgs + scope.NumKwOnlyArgs; i++)
        {
            names += VarInt.UnsignedSize((ulong)qstrs.Use(ArgumentName(i)));
        }

        var cells = 0;
        foreach (var id in scope.Symbols)
        {
            if (id.Kind == SymbolKind.Cell)
            {
                cells++;
            }
        }

        if (pass >= CompilePass.CodeSize)
        {
            scratch.Clear();
            PreludeCodec.WriteSize(scratch, previousNInfo, previousNCell);
            n += scratch.Length;
        }

        previousNInfo = names + lineTable.Length;
        previousNCell = cells;
        return n + names + lineTable.Length + cells;
    }

    /// <summary>The name of argument slot <paramref name="slot"/> (see <see cref="Scope.ArgumentNames"/>).</summary>
    private string ArgumentName(int slot) => scope.ArgumentNames[slot];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AdjustStack(int delta)
    {
        if (pass == CompilePass.Scope)
        {
            return;
        }

        stackSize += delta;
        if (stackSize > scope.StackSize)
        {
            scope.StackSize = stackSize;
        }
    }

    // asked at nearly every node: the check is inlined, a new line is not
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetSourceLine(int line)
    {
        if (writeLines && line > lastLine)
        {
            StartSourceLine(line);
        }
    }

    private void StartSourceLine(int line)
    {
        Record(EventLine, line);
        EncodeLine(line);
    }

    public void LabelAssign(int label)
    {
        suppress = false;
        if (pass == CompilePass.Scope)
        {
            return;
        }

        if (label >= labelOffsets.Length)
        {
            Array.Resize(ref labelOffsets, Math.Max(labelOffsets.Length * 2, label + 1));
        }

        Record(EventLabel, label);
        labelOffsets[label] = code.Length;
    }

    private void Op(int stackDelta, Opcode op) => Op(stackDelta, (int)op);

    private void Op(int stackDelta, int opcodeByte)
    {
        AdjustStack(stackDelta);
        RawByte(opcodeByte);
    }

    private void RawByte(int value)
    {
        if (!suppress)
        {
            code.Byte(value);
        }
    }

    private void OpUInt(int stackDelta, Opcode op, long operand)
    {
        Op(stackDelta, op);
        if (!suppress)
        {
            code.VarUInt((ulong)operand);
        }
    }

    private void OpQstr(int stackDelta, Opcode op, string name) => OpQstr(stackDelta, op, new MpyText(name));

    private void OpQstr(int stackDelta, Opcode op, MpyText name)
    {
        // The qstr is allocated even in dead code, as MicroPython does.
        var index = qstrs.Use(name);
        OpUInt(stackDelta, op, index);
    }

    private void OpConstant(int stackDelta, Opcode op, MpyConstant value)
    {
        var index = constants.Use(value);
        OpUInt(stackDelta, op, index);
    }

    private void OpChild(int stackDelta, Opcode op, Scope child)
    {
        var index = childCount++;
        if (pass == CompilePass.StackSize)
        {
            scope.Children.Add(child);
        }

        OpUInt(stackDelta, op, index);
    }

    private void OpLabel(int stackDelta, Opcode op, int label)
    {
        jumped = true;
        AdjustStack(stackDelta);
        if (suppress)
        {
            return;
        }

        Record((int)op, label);
        EncodeJump(op, label);
    }

    private void EncodeLine(int line)
    {
        LineTable.Encode(lineTable, code.Length - lastLineOffset, line - lastLine);
        lastLineOffset = code.Length;
        lastLine = line;
    }

    // a jump's bytes: long until the code-size pass, then as short as the previous placement allows
    private void EncodeJump(Opcode op, int label)
    {
        var isSigned = op <= Opcode.PopJumpIfFalse;
        var longForm = true;
        long offset = 0;
        if (pass >= CompilePass.CodeSize)
        {
            offset = (long)labelOffsets[label] - code.Length - 2;
            if ((isSigned && offset is >= -64 and <= 63) || (!isSigned && offset is >= 0 and <= 127))
            {
                longForm = false;
            }
            else
            {
                offset -= 1;
            }
        }

        code.Byte((int)op);
        if (!longForm)
        {
            code.Byte((int)(isSigned ? offset + 0x40 : offset));
            return;
        }

        if (isSigned)
        {
            offset += 0x4000;
        }

        if (pass == CompilePass.Emit && offset is < 0 or > 0x7fff)
        {
            overflow = true;
        }

        code.Byte((int)(0x80 | (offset & 0x7f)));
        code.Byte((int)((offset >> 7) & 0xff));
    }
}
