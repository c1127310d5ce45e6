using System.Runtime.CompilerServices;
using MicroPython.Bytecode;
using MicroPython.Bytecode.Encoding;

namespace MicroPython.Compiler.Syntax;

/// <summary>
/// A growable byte string. The lexer works on UTF-8 bytes, as the reference does, because string
/// lengths (the interning threshold) and indentation columns are counted in bytes.
/// </summary>
internal sealed class ByteBuffer
{
    private byte[] data;

    public ByteBuffer(int capacity = 32) => data = new byte[Math.Max(capacity, 4)];

    public int Length { get; private set; }

    public byte this[int index] => data[index];

    public ReadOnlySpan<byte> Span
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => data.AsSpan(0, Length);
    }

    public void Clear() => Length = 0;

    public void Truncate(int length) => Length = length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(byte value)
    {
        // the lexer adds token text a byte at a time: keep the common case to one check, inlined
        var length = Length;
        if ((uint)length >= (uint)data.Length)
        {
            Reserve(1);
        }

        data[length] = value;
        Length = length + 1;
    }

    public void Add(ReadOnlySpan<byte> values)
    {
        Reserve(values.Length);
        values.CopyTo(data.AsSpan(Length));
        Length += values.Length;
    }

    public void Add(string ascii)
    {
        foreach (var c in ascii)
        {
            Add((byte)c);
        }
    }

    /// <summary>Appends a code point in MicroPython's UTF-8 form (surrogates encoded like any other value).</summary>
    public void AddCodePoint(int c)
    {
        if (c < 0x80)
        {
            Add((byte)c);
        }
        else if (c < 0x800)
        {
            Add((byte)(0xc0 | (c >> 6)));
            Add((byte)(0x80 | (c & 0x3f)));
        }
        else if (c < 0x10000)
        {
            Add((byte)(0xe0 | (c >> 12)));
            Add((byte)(0x80 | ((c >> 6) & 0x3f)));
            Add((byte)(0x80 | (c & 0x3f)));
        }
        else
        {
            Add((byte)(0xf0 | (c >> 18)));
            Add((byte)(0x80 | ((c >> 12) & 0x3f)));
            Add((byte)(0x80 | ((c >> 6) & 0x3f)));
            Add((byte)(0x80 | (c & 0x3f)));
        }
    }

    public void Insert(int index, ReadOnlySpan<byte> values)
    {
        Reserve(values.Length);
        data.AsSpan(index, Length - index).CopyTo(data.AsSpan(index + values.Length));
        values.CopyTo(data.AsSpan(index));
        Length += values.Length;
    }

    public byte[] ToArray() => Span.ToArray();

    /// <summary>The bytes as text; lone surrogates written by escapes survive as UTF-16 surrogates.</summary>
    public string Decode() => Utf8Text.Decode(Span);

    /// <summary>
    /// The bytes of a string literal as MicroPython text, keeping them exactly when a surrogate pair
    /// was written as two escapes (which <see cref="Decode"/> would join into one character).
    /// </summary>
    public MpyText DecodeText() =>
        Wtf8.HasSplitPair(Span) && MpyText.TryDecode(Span, out var exact) ? exact : new MpyText(Decode());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Reserve(int extra)
    {
        if (Length + extra > data.Length)
        {
            Grow(extra);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int extra) => Array.Resize(ref data, Math.Max(data.Length * 2, Length + extra));
}
