using System.Text;
using MicroPython.Compiler.Hosting;

namespace MicroPython.Compiler.Syntax;

/// <summary>
/// One string per distinct identifier. Names repeat a lot (self, i, len …), within a module and
/// from one module to the next: the lexer's bytes are hashed and looked up here, instead of being
/// decoded into a new string at every occurrence. Each thread keeps one cache for all the modules
/// it parses (see <see cref="ThreadSpare{T}"/>); it also tells which names the current parse has
/// seen so far, the names among the strings it has interned.
/// </summary>
internal sealed class NameCache
{
    // a thread that has met this many distinct names starts afresh, so that a long-lived host
    // (an MSBuild node) does not keep every name it ever parsed
    private const int ResetAbove = 1 << 16;

    // open addressing with linear probing, kept at most half full
    private Entry[] entries = new Entry[2048];
    private int count;
    private int parse;

    private NameCache()
    {
    }

    /// <summary>How many distinct names the current parse has seen.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// This thread's cache, ready for a new parse (every name counts as new to it); give it back
    /// with <see cref="ThreadSpare{T}.Keep"/> when the parse ends.
    /// </summary>
    public static NameCache StartParse()
    {
        var cache = ThreadSpare<NameCache>.Take(() => new NameCache());
        if (cache.count > ResetAbove || cache.parse == int.MaxValue)
        {
            cache = new NameCache();
        }

        cache.parse++;
        cache.Count = 0;
        return cache;
    }

    /// <summary>The string for the UTF-8 name <paramref name="utf8"/> (at most <see cref="QstrPool.MaxLength"/> bytes), which this parse has now seen.</summary>
    /// <param name="utf8">The name's bytes, valid UTF-8.</param>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        var hash = Hash(utf8);
        var i = SlotOf(utf8, hash);
        ref var entry = ref entries[i];
        if (entry.Name is { } name)
        {
            if (entry.LastParse != parse)
            {
                entry.LastParse = parse;
                Count++;
            }

            return name;
        }

        // ASCII names (nearly all) are compared with their string; others keep their bytes
        var ascii = Ascii.IsValid(utf8);
        var added = ascii ? Encoding.ASCII.GetString(utf8) : Utf8Text.Decode(utf8);
        entries[i] = new Entry { Hash = hash, LastParse = parse, Name = added, Utf8 = ascii ? null : utf8.ToArray() };
        Count++;
        if (++count * 2 > entries.Length)
        {
            Grow();
        }

        return added;
    }

    /// <summary>Whether this parse has seen a name spelled <paramref name="utf8"/>: names are interned as they are read.</summary>
    public bool SeenInParse(ReadOnlySpan<byte> utf8)
    {
        ref var entry = ref entries[SlotOf(utf8, Hash(utf8))];
        return entry.Name is not null && entry.LastParse == parse;
    }

    // the slot holding the name, or the empty slot where it would go
    private int SlotOf(ReadOnlySpan<byte> utf8, uint hash)
    {
        var mask = entries.Length - 1;
        var i = (int)hash & mask;
        for (; entries[i].Name is { } name; i = (i + 1) & mask)
        {
            if (entries[i].Hash == hash && SameName(name, entries[i].Utf8, utf8))
            {
                break;
            }
        }

        return i;
    }

    private static uint Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = 2166136261u;
        foreach (var b in utf8)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }

    private static bool SameName(string name, byte[]? utf8Name, ReadOnlySpan<byte> utf8) =>
        utf8Name is null ? name.Length == utf8.Length && Ascii.Equals(utf8, name) : utf8.SequenceEqual(utf8Name);

    private void Grow()
    {
        var old = entries;
        entries = new Entry[old.Length * 2];
        var mask = entries.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Name is null)
            {
                continue;
            }

            var i = (int)entry.Hash & mask;
            while (entries[i].Name is not null)
            {
                i = (i + 1) & mask;
            }

            entries[i] = entry;
        }
    }

    private struct Entry
    {
        public uint Hash;
        public int LastParse;
        public string? Name;
        public byte[]? Utf8;
    }
}
