using System.Runtime.CompilerServices;

namespace MicroPython.Bytecode.Encoding;

/// <summary>An append-only byte buffer with the integer encodings of the <c>.mpy</c> format.</summary>
public sealed class ByteSink
{
    private byte[] buffer = new byte[256];

    /// <summary>How many bytes have been written.</summary>
    public int Length { get; private set; }

    /// <summary>How many bytes fit before the buffer must grow.</summary>
    public int Capacity => buffer.Length;

    /// <summary>Appends one byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Byte(int value)
    {
        // the emitter writes most of a module a byte at a time: keep the common case to one check
        var length = Length;
        if ((uint)length >= (uint)buffer.Length)
        {
            Reserve(1);
        }

        buffer[length] = (byte)value;
        Length = length + 1;
    }

    /// <summary>Appends raw bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Bytes(ReadOnlySpan<byte> value)
    {
        Reserve(value.Length);
        value.CopyTo(buffer.AsSpan(Length));
        Length += value.Length;
    }

    /// <summary>Appends <paramref name="count"/> bytes for the caller to fill in, returned as a span.</summary>
    public Span<byte> Append(int count)
    {
        Reserve(count);
        var span = buffer.AsSpan(Length, count);
        Length += count;
        return span;
    }

    /// <summary>Appends a varuint: big-endian base-128, continuation bit 7 on all but the last byte.</summary>
    public void VarUInt(ulong value)
    {
        if (value < 0x80)
        {
            // nearly every operand (qstr, constant and local indices) fits one byte
            Byte((int)value);
            return;
        }

        Span<byte> scratch = stackalloc byte[10];
        var n = VarInt.EncodeUnsigned(value, scratch);
        Bytes(scratch[^n..]);
    }

    /// <summary>Forgets the bytes written, keeping the buffer for reuse.</summary>
    public void Clear() => Length = 0;

    /// <summary>The bytes written so far.</summary>
    public byte[] ToArray() => buffer.AsSpan(0, Length).ToArray();

    /// <summary>The bytes written so far, without copying.</summary>
    public ReadOnlySpan<byte> Span => buffer.AsSpan(0, Length);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Reserve(int extra)
    {
        if (Length + extra > buffer.Length)
        {
            Grow(extra);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int extra) => Array.Resize(ref buffer, Math.Max(buffer.Length * 2, Length + extra));
}
