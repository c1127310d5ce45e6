namespace MicroPython.Runtime.Objects;

/// <summary>A <c>list</c>.</summary>
internal sealed class PyList : PyObject
{
    public PyList() => Items = [];

    public PyList(IEnumerable<object> items) => Items = [.. items];

    public List<object> Items { get; }

    public override PyType Type => Types.List;

    /// <summary>Adds <paramref name="item"/> at the end; storage that would outgrow the target's heap is a <c>MemoryError</c>, so an endless append cannot eat the host's memory.</summary>
    public void Append(object item)
    {
        if (Items.Count == Items.Capacity)
        {
            HeapBudget.Grow(Items.Count);
        }

        Items.Add(item);
    }
}

/// <summary>A <c>tuple</c>.</summary>
internal sealed class PyTuple(object[] items) : PyObject
{
    public static PyTuple Empty { get; } = new([]);

    public object[] Items { get; } = items;

    public override PyType Type => Types.Tuple;
}

/// <summary>A <c>bytes</c> object.</summary>
internal sealed class PyBytes(byte[] data) : PyObject
{
    public byte[] Data { get; } = data;

    public override PyType Type => Types.Bytes;
}

/// <summary>A <c>bytearray</c>.</summary>
internal sealed class PyByteArray(IEnumerable<byte> data) : PyObject
{
    public List<byte> Data { get; } = [.. data];

    public override PyType Type => Types.ByteArray;
}
