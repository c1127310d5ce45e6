namespace MicroPython.Runtime.Objects;

/// <summary>A <c>dict</c> (or <c>OrderedDict</c>).</summary>
internal sealed class PyDict(int capacity = 0, bool ordered = false) : PyObject
{
    public HashTable Table { get; } = new(capacity, ordered);

    public int Count => Table.Count;

    public object? this[object key]
    {
        get => Table.Get(key);
        set => Table.Set(key, value);
    }

    public override PyType Type => Table.Ordered ? Types.OrderedDict : Types.Dict;

    public bool TryGet(object key, out object value)
    {
        var v = Table.Get(key);
        value = v!;
        return v is not null;
    }
}

/// <summary>A <c>set</c> or <c>frozenset</c>.</summary>
internal sealed class PySet(int capacity = 0, bool frozen = false) : PyObject
{
    public HashTable Table { get; } = new(capacity);

    public bool Frozen { get; } = frozen;

    public override PyType Type => Frozen ? Types.FrozenSet : Types.Set;

    public IEnumerable<object> Items => Table.Entries().Select(e => e.Key);

    public void Add(object item) => Table.Set(item, item);
}
