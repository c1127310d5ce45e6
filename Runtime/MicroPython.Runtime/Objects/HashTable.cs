namespace MicroPython.Runtime.Objects;

/// <summary>
/// The open-addressing table MicroPython uses for dicts and sets. Iteration order is the table's
/// slot order, so printing a dict or set shows the same order as the reference VM, which depends on
/// the hash values, the table size and the growth sequence reproduced here.
/// </summary>
internal sealed class HashTable
{
    // Growth sequence of table sizes (the reference's; about x1.25 to x1.5 per step).
    private static readonly int[] Sizes =
    [
        0, 2, 4, 6, 8, 10, 12, 17, 23, 29, 37, 47, 59, 73, 97, 127, 167, 223, 293, 389, 521, 691, 919,
        1223, 1627, 2161, 3229, 4831, 7243, 10861, 16273, 24407, 36607, 54907,
    ];

    private static readonly object Deleted = new();

    private object?[] keys;
    private object?[] values;

    public HashTable(int capacity, bool ordered = false)
    {
        keys = new object?[capacity];
        values = new object?[capacity];
        Ordered = ordered;
    }

    /// <summary>Whether entries keep insertion order (OrderedDict): a linear list, as the reference keeps it.</summary>
    public bool Ordered { get; }

    public int Count { get; private set; }

    /// <summary>Changes whenever a key is added or removed or the table is rebuilt: a slot found at one version holds the same key at that version.</summary>
    public int Version { get; private set; }

    /// <summary>Whether this is a class's dict: any change to it invalidates the method caches (<see cref="TypeEpoch"/>).</summary>
    public bool IsTypeDict { get; set; }

    /// <summary>Changes whenever any class's dict changes, so a cached class lookup stays valid while it is unchanged.</summary>
    public static int TypeEpoch { get; private set; }

    /// <summary>The slot that holds <paramref name="key"/>, or -1.</summary>
    public int SlotOf(object key) => Find(key);

    /// <summary>The value in <paramref name="slot"/> when that slot holds this very key object (an interned name).</summary>
    public bool TryGetAt(int slot, object key, out object? value)
    {
        if ((uint)slot < (uint)keys.Length && ReferenceEquals(keys[slot], key))
        {
            value = values[slot];
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Sets the value of the key a slot found at the current <see cref="Version"/> holds.</summary>
    public void SetAt(int slot, object? value)
    {
        values[slot] = value;
        if (IsTypeDict)
        {
            TypeEpoch++;
        }
    }

    /// <summary>The value in a slot <see cref="SlotOf"/> found at the current <see cref="Version"/>.</summary>
    public object? ValueAt(int slot) => values[slot];

    public object? Get(object key)
    {
        var i = Find(key);
        return i < 0 ? null : values[i];
    }

    public bool Contains(object key) => Find(key) >= 0;

    public void Set(object key, object? value)
    {
        var i = FindOrAdd(key);
        values[i] = value;
        if (IsTypeDict)
        {
            TypeEpoch++;
        }
    }

    public bool Remove(object key, out object? value)
    {
        var i = Find(key);
        if (i < 0)
        {
            value = null;
            return false;
        }

        value = values[i];
        RemoveAt(i);
        return true;
    }

    public void Clear()
    {
        Changed();
        keys = [];
        values = [];
        Count = 0;
    }

    /// <summary>The entries in iteration order.</summary>
    public IEnumerable<KeyValuePair<object, object?>> Entries()
    {
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } k && !ReferenceEquals(k, Deleted))
            {
                yield return new(k, values[i]);
            }
        }
    }

    /// <summary>A snapshot of the entries in iteration order.</summary>
    public List<KeyValuePair<object, object?>> Snapshot() => [.. Entries()];

    /// <summary>Removes and returns the first entry in slot order (set.pop), or the last for dict.popitem.</summary>
    public KeyValuePair<object, object?>? RemoveFirst(bool last)
    {
        var range = last ? Enumerable.Range(0, keys.Length).Reverse() : Enumerable.Range(0, keys.Length);
        foreach (var i in range)
        {
            if (keys[i] is { } k && !ReferenceEquals(k, Deleted))
            {
                var v = values[i];
                RemoveAt(i);
                return new(k, v);
            }
        }

        return null;
    }

    private void Changed()
    {
        Version++;
        if (IsTypeDict)
        {
            TypeEpoch++;
        }
    }

    private void RemoveAt(int i)
    {
        Changed();
        Count--;
        if (Ordered)
        {
            Array.Copy(keys, i + 1, keys, i, keys.Length - i - 1);
            Array.Copy(values, i + 1, values, i, values.Length - i - 1);
            keys[^1] = null;
            values[^1] = null;
            return;
        }

        keys[i] = keys[(i + 1) % keys.Length] is null ? null : Deleted;
        values[i] = null;
    }

    private static ulong HashOf(object key) => unchecked((ulong)Ops.Hash(key));

    private int Find(object key)
    {
        if (keys.Length == 0)
        {
            return -1;
        }

        if (Ordered)
        {
            for (var i = 0; i < Count; i++)
            {
                if (Ops.KeyEquals(keys[i]!, key))
                {
                    return i;
                }
            }

            return -1;
        }

        var start = (int)(HashOf(key) % (ulong)keys.Length);
        var pos = start;
        do
        {
            var k = keys[pos];
            if (k is null)
            {
                return -1;
            }

            if (!ReferenceEquals(k, Deleted) && Ops.KeyEquals(k, key))
            {
                return pos;
            }

            pos = (pos + 1) % keys.Length;
        }
        while (pos != start);
        return -1;
    }

    private int FindOrAdd(object key)
    {
        if (Ordered)
        {
            var found = Find(key);
            if (found >= 0)
            {
                return found;
            }

            if (Count == keys.Length)
            {
                Array.Resize(ref keys, keys.Length + 4);
                Array.Resize(ref values, values.Length + 4);
            }

            keys[Count] = key;
            Version++;
            return Count++;
        }

        if (keys.Length == 0)
        {
            Grow();
        }

        var hash = HashOf(key);
        while (true)
        {
            var start = (int)(hash % (ulong)keys.Length);
            var pos = start;
            var avail = -1;
            do
            {
                var k = keys[pos];
                if (k is null)
                {
                    var slot = avail >= 0 ? avail : pos;
                    keys[slot] = key;
                    Count++;
                    Version++;
                    return slot;
                }

                if (ReferenceEquals(k, Deleted))
                {
                    avail = avail >= 0 ? avail : pos;
                }
                else if (Ops.KeyEquals(k, key))
                {
                    return pos;
                }

                pos = (pos + 1) % keys.Length;
            }
            while (pos != start);

            if (avail >= 0)
            {
                keys[avail] = key;
                Count++;
                Version++;
                return avail;
            }

            Grow();
        }
    }

    private void Grow()
    {
        Version++;
        var oldKeys = keys;
        var oldValues = values;
        var want = keys.Length + 1;
        var size = Sizes.FirstOrDefault(s => s >= want);
        size = size == 0 ? (want + want / 2) | 1 : size;
        keys = new object?[size];
        values = new object?[size];
        Count = 0;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] is { } k && !ReferenceEquals(k, Deleted))
            {
                values[FindOrAdd(k)] = oldValues[i];
            }
        }
    }
}
