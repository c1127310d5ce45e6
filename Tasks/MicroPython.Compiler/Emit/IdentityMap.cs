using System.Numerics;
using System.Runtime.CompilerServices;

namespace MicroPython.Compiler.Emit;

/// <summary>
/// A map keyed by string instance, with no comparer calls and no hashing of contents. Every pass of
/// every scope asks the module's qstr table and the scope's symbol table about the same names
/// again, and the parser makes one string per distinct name: in front of a table by text, this
/// finds that very string at once. As such a cache, a miss only means "ask the table by text", so
/// text reached through another string instance is still right, just not fast.
/// </summary>
/// <typeparam name="TValue">What each string is mapped to.</typeparam>
internal sealed class IdentityMap<TValue>
{
    // open addressing with linear probing, kept at most half full; one array of pairs, as a map
    // is made for every scope
    private Entry[] entries;
    private int count;

    /// <summary>Creates a map with room for <paramref name="capacity"/> keys before it grows.</summary>
    public IdentityMap(int capacity) => entries = new Entry[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(capacity, 2) * 2)];

    /// <summary>The value for this very string instance, if it has one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(string key, out TValue value)
    {
        var mask = entries.Length - 1;
        for (var i = RuntimeHelpers.GetHashCode(key) & mask; ; i = (i + 1) & mask)
        {
            ref var entry = ref entries[i];
            if (ReferenceEquals(entry.Key, key))
            {
                value = entry.Value;
                return true;
            }

            if (entry.Key is null)
            {
                value = default!;
                return false;
            }
        }
    }

    /// <summary>Maps a string instance that has no value yet to <paramref name="value"/>.</summary>
    public void Add(string key, TValue value)
    {
        if ((count + 1) * 2 > entries.Length)
        {
            var old = entries;
            entries = new Entry[old.Length * 2];
            foreach (var entry in old)
            {
                if (entry.Key is not null)
                {
                    Insert(entry);
                }
            }
        }

        Insert(new Entry(key, value));
        count++;
    }

    private void Insert(Entry entry)
    {
        var mask = entries.Length - 1;
        var i = RuntimeHelpers.GetHashCode(entry.Key!) & mask;
        while (entries[i].Key is not null)
        {
            i = (i + 1) & mask;
        }

        entries[i] = entry;
    }

    private readonly record struct Entry(string? Key, TValue Value);
}
