using MicroPython.Bytecode.Encoding;

namespace MicroPython.Bytecode;

/// <summary>
/// One compiled function (or the module body, or a class body, lambda or comprehension): its
/// prelude, its opcodes and the functions defined inside it, in <c>MAKE_FUNCTION</c> index order.
/// </summary>
public sealed class RawCode
{
    /// <summary>Creates a bytecode raw code.</summary>
    public RawCode(BytecodePrelude prelude, byte[] code, IReadOnlyList<RawCode> children)
    {
        Prelude = prelude;
        Code = code;
        Children = children;
    }

    /// <summary>What the function data holds; this library models bytecode only.</summary>
    public RawCodeKind Kind => RawCodeKind.Bytecode;

    /// <summary>The decoded prelude.</summary>
    public BytecodePrelude Prelude { get; }

    /// <summary>The opcodes, from the first instruction to the end of the function data.</summary>
    public byte[] Code { get; }

    /// <summary>
    /// Where the first opcode sits in the <c>.mpy</c> file this raw code was read from, or -1 for a
    /// raw code made in memory: lets a later check of the bytecode name a byte of the file.
    /// </summary>
    public long CodeFileOffset { get; init; } = -1;

    /// <summary>The raw codes this one creates with <c>MAKE_FUNCTION</c>/<c>MAKE_CLOSURE</c>, by child index.</summary>
    public IReadOnlyList<RawCode> Children { get; }

    /// <summary>This raw code and all that it contains, parents before children (the file's order).</summary>
    public IEnumerable<RawCode> SelfAndDescendants()
    {
        var stack = new Stack<RawCode>();
        stack.Push(this);
        while (stack.TryPop(out var rc))
        {
            yield return rc;
            for (var i = rc.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(rc.Children[i]);
            }
        }
    }

    /// <summary>The byte size of the source-info section: name, argument names and line table.</summary>
    public int SourceInfoSize
    {
        get
        {
            var size = VarInt.UnsignedSize((ulong)Prelude.SimpleName) + Prelude.LineTable.Length;
            foreach (var name in Prelude.ArgNames)
            {
                size += VarInt.UnsignedSize((ulong)name);
            }

            return size;
        }
    }

    /// <summary>The offset of the first opcode within the function data.</summary>
    public int CodeOffset => FunctionData().Length - Code.Length;

    /// <summary>The function data as the file stores it: prelude, source info, closure info, opcodes.</summary>
    public byte[] FunctionData()
    {
        var sink = new ByteSink();
        WriteFunctionData(sink);
        return sink.ToArray();
    }

    internal void WriteFunctionData(ByteSink sink)
    {
        var p = Prelude;
        PreludeCodec.WriteSignature(sink, p.NState, p.NExcStack, p.Flags, p.NPosArgs, p.NKwOnlyArgs, p.NDefPosArgs);
        PreludeCodec.WriteSize(sink, SourceInfoSize, p.Cells.Length);
        sink.VarUInt((ulong)p.SimpleName);
        foreach (var name in p.ArgNames)
        {
            sink.VarUInt((ulong)name);
        }

        sink.Bytes(p.LineTable);
        sink.Bytes(p.Cells);
        sink.Bytes(Code);
    }
}
