using System.Runtime.InteropServices;
using MicroPython.Bytecode;

namespace MicroPython.Compiler.Syntax;

/// <summary>
/// A map keyed by MicroPython text, told apart by its bytes: a surrogate pair written as two
/// escapes and the character it forms are two keys, as in mpy-cross. Text in its usual form
/// (nearly all) is keyed by its string; the framework ships string-keyed dictionaries precompiled,
/// while one keyed by <see cref="MpyText"/> is compiled afresh by the JIT. The rare exact-bytes
/// text has a dictionary of its own, made when first needed.
/// </summary>
/// <typeparam name="TValue">What each text is mapped to.</typeparam>
internal sealed class TextMap<TValue>
{
    private readonly Dictionary<string, TValue> canonical;
    private Dictionary<MpyText, TValue>? exact;

    /// <summary>Creates a map with room for <paramref name="capacity"/> texts before it grows.</summary>
    public TextMap(int capacity = 0) => canonical = new(capacity, StringComparer.Ordinal);

    /// <summary>The value for <paramref name="text"/>.</summary>
    public bool TryGetValue(MpyText text, out TValue value)
    {
        if (text.IsCanonical)
        {
            return canonical.TryGetValue(text.Text, out value!);
        }

        value = default!;
        return exact is not null && exact.TryGetValue(text, out value!);
    }

    /// <summary>The value of <paramref name="text"/>, which is <paramref name="value"/> if the text was not mapped yet (it is now): one lookup for both.</summary>
    public TValue GetOrAdd(MpyText text, TValue value)
    {
        if (text.IsCanonical)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(canonical, text.Text, out var exists);
            if (!exists)
            {
                slot = value;
            }

            return slot!;
        }

        exact ??= [];
        if (exact.TryGetValue(text, out var found))
        {
            return found;
        }

        exact.Add(text, value);
        return value;
    }
}
