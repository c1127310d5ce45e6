using System.Runtime.CompilerServices;

namespace MicroPython.Compiler.Emit;

/// <summary>
/// A map keyed by object identity, with no comparer calls and no hashing of contents. Every pass of
/// every scope asks the module's qstr table about the same names again, and the parser makes one
/// string per distinct name: in front of the table by text, this finds that very string at once.
/// As such a cache, a miss only means "ask the map by text", so text reached through another
/// string instance is still right, just not fast.
/// </summary>
/// <typeparam name="TKey">The objects looked up.</typeparam>
/// <typeparam name="TValue">What each is mapped to.</typeparam>
internal sealed class IdentityMap<TKey, TValue>
    where TKey : class
{
    private TKey?[] keys;
    private TValue[] values;
    private int count;

    /// <summary>Creates a cache with room for <paramref name="capacity"/> (a power of two) keys before it grows.</summary>
    public IdentityMap(int capacity)
    {
        keys = new TKey?[capacity * 2];
        values = new TValue[capacity * 2];
    }

    /// <summary>The value for this very object, if it has one.</summary>
    public bool TryGetValue(TKey key, out TValue value)
    {
        var mask = keys.Length - 1;
        for (var i = RuntimeHelpers.GetHashCode(key) & mask; ; i = (i + 1) & mask)
        {
            var k = keys[i];
            if (ReferenceEquals(k, key))
            {
                value = values[i];
                return true;
            }

            if (k is null)
            {
                value = default!;
                return false;
            }
        }
    }

    /// <summary>Maps an object that has no value yet to <paramref name="value"/>.</summary>
    public void Add(TKey key, TValue value)
    {
        if ((count + 1) * 2 > keys.Length)
        {
            var oldKeys = keys;
            var oldValues = values;
            keys = new TKey?[oldKeys.Length * 2];
            values = new TValue[oldKeys.Length * 2];
            for (var i = 0; i < oldKeys.Length; i++)
            {
                if (oldKeys[i] is { } k)
                {
                    Insert(k, oldValues[i]);
                }
            }
        }

        Insert(key, value);
        count++;
    }

    private void Insert(TKey key, TValue value)
    {
        var mask = keys.Length - 1;
        var i = RuntimeHelpers.GetHashCode(key) & mask;
        while (keys[i] is not null)
        {
            i = (i + 1) & mask;
        }

        keys[i] = key;
        values[i] = value;
    }
}
