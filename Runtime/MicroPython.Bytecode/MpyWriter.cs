using MicroPython.Bytecode.Constants;
using MicroPython.Bytecode.Encoding;

namespace MicroPython.Bytecode;

/// <summary>Writes an <see cref="MpyModule"/> as <c>.mpy</c> v6 bytes.</summary>
public static class MpyWriter
{
    // Sinks larger than this are not kept for the thread's next module.
    private const int KeptSinkBytes = 1 << 20;

    // Each thread keeps its two sinks from one module to the next: a batch writes thousands, and
    // sinks made afresh would grow through every size up to each module's, for one copy kept.
    [ThreadStatic]
    private static (ByteSink File, ByteSink FunctionData)? spareSinks;

    /// <summary>The bytes of <paramref name="module"/>.</summary>
    public static byte[] Write(MpyModule module)
    {
        var (sink, funData) = spareSinks ?? (new ByteSink(), new ByteSink());
        spareSinks = null;
        sink.Clear();
        var bytes = Write(module, sink, funData);
        if (sink.Capacity <= KeptSinkBytes && funData.Capacity <= KeptSinkBytes)
        {
            spareSinks = (sink, funData);
        }

        return bytes;
    }

    private static byte[] Write(MpyModule module, ByteSink sink, ByteSink funData)
    {
        var h = module.Header;
        sink.Byte(MpyHeader.Magic);
        sink.Byte(MpyHeader.Version);
        sink.Byte(h.Features);
        sink.Byte(h.SmallIntBits);
        if (h.ArchFlags is { } flags)
        {
            sink.VarUInt(flags);
        }

        sink.VarUInt((ulong)module.Qstrs.Count);
        sink.VarUInt((ulong)module.Constants.Count);
        foreach (var q in module.Qstrs)
        {
            WriteQstr(sink, q);
        }

        foreach (var c in module.Constants)
        {
            WriteConstant(sink, c);
        }

        WriteRawCode(sink, funData, module.Root);
        return sink.ToArray();
    }

    private static void WriteQstr(ByteSink sink, MpyQstr q)
    {
        if (q.IsStatic && q.Content.IsCanonical && StaticQstrs.IdOf(q.Text) is { } id)
        {
            sink.VarUInt((ulong)id << 1 | 1);
            return;
        }

        // bit 0 of the length says "static id", clear here
        WriteText(sink, q.Content, lengthShift: 1);
    }

    private static void WriteConstant(ByteSink sink, MpyConstant c)
    {
        sink.Byte((byte)c.Tag);
        switch (c)
        {
            case MpyStr s:
                WriteText(sink, s.Content, lengthShift: 0);
                break;
            case MpyBytes b:
                WriteCounted(sink, b.Value, nul: true);
                break;
            case MpyInt i:
                WriteCounted(sink, System.Text.Encoding.ASCII.GetBytes(i.Repr()), nul: false);
                break;
            case MpyFloat f:
                WriteCounted(sink, System.Text.Encoding.ASCII.GetBytes(f.Text), nul: false);
                break;
            case MpyComplex z:
                WriteCounted(sink, System.Text.Encoding.ASCII.GetBytes(z.Text), nul: false);
                break;
            case MpyTuple t:
                sink.VarUInt((ulong)t.Items.Count);
                foreach (var item in t.Items)
                {
                    WriteConstant(sink, item);
                }

                break;
        }
    }

    // counted, NUL-terminated text, encoded straight into the sink
    private static void WriteText(ByteSink sink, MpyText text, int lengthShift)
    {
        var length = text.ByteCount;
        sink.VarUInt((ulong)length << lengthShift);
        text.CopyTo(sink.Append(length));
        sink.Byte(0);
    }

    private static void WriteCounted(ByteSink sink, ReadOnlySpan<byte> bytes, bool nul)
    {
        sink.VarUInt((ulong)bytes.Length);
        sink.Bytes(bytes);
        if (nul)
        {
            sink.Byte(0);
        }
    }

    // funData is scratch shared by every function: each one's data is copied out before its children's
    private static void WriteRawCode(ByteSink sink, ByteSink funData, RawCode rc)
    {
        funData.Clear();
        rc.WriteFunctionData(funData);
        var hasChildren = rc.Children.Count > 0;
        sink.VarUInt((ulong)funData.Length << 3 | (hasChildren ? 4UL : 0UL) | (ulong)rc.Kind);
        sink.Bytes(funData.Span);
        if (hasChildren)
        {
            sink.VarUInt((ulong)rc.Children.Count);
            foreach (var child in rc.Children)
            {
                WriteRawCode(sink, funData, child);
            }
        }
    }
}
