using System.Runtime.CompilerServices;
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

    // names are kept in blocks of this many, each well below the large-object size
    private const int BlockBits = 11;
    private const int BlockSize = 1 << BlockBits;

    // Open addressing with linear probing, kept at most half full. The slots hold no references:
    // the collector would otherwise scan the whole table (large, and long-lived) at every
    // collection for the young strings just added to it. The names themselves are in blocks,
    // of which only the newest is being filled, so only that one holds young strings.
    private Slot[] slots = new Slot[2048];
    private Name[][] blocks = [new Name[BlockSize]];
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
        ref var slot = ref slots[i];
        if (slot.Number != 0)
        {
            if (slot.LastParse != parse)
            {
                slot.LastParse = parse;
                Count++;
            }

            return NameAt(slot.Number).Text;
        }

        // ASCII names (nearly all) are compared with their string; others keep their bytes
        var ascii = Ascii.IsValid(utf8);
        var added = ascii ? Encoding.ASCII.GetString(utf8) : Utf8Text.Decode(utf8);
        Store(new Name(added, ascii ? null : utf8.ToArray()));
        slots[i] = new Slot { Hash = hash, LastParse = parse, Number = count };
        Count++;
        if (count * 2 > slots.Length)
        {
            Grow();
        }

        return added;
    }

    /// <summary>Whether this parse has seen a name spelled <paramref name="utf8"/>: names are interned as they are read.</summary>
    public bool SeenInParse(ReadOnlySpan<byte> utf8)
    {
        ref var slot = ref slots[SlotOf(utf8, Hash(utf8))];
        return slot.Number != 0 && slot.LastParse == parse;
    }

    // the slot holding the name, or the empty slot where it would go
    private int SlotOf(ReadOnlySpan<byte> utf8, uint hash)
    {
        var mask = slots.Length - 1;
        var i = (int)hash & mask;
        for (; slots[i].Number is var number and not 0; i = (i + 1) & mask)
        {
            if (slots[i].Hash == hash && NameAt(number).Spells(utf8))
            {
                break;
            }
        }

        return i;
    }

    // names are numbered from 1, so that a slot's 0 means empty
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Name NameAt(int number) => ref blocks[(number - 1) >> BlockBits][(number - 1) & (BlockSize - 1)];

    private void Store(Name name)
    {
        var block = count >> BlockBits;
        if (block == blocks.Length)
        {
            Array.Resize(ref blocks, blocks.Length * 2);
        }

        (blocks[block] ??= new Name[BlockSize])[count & (BlockSize - 1)] = name;
        count++;
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

    private void Grow()
    {
        var old = slots;
        slots = new Slot[old.Length * 2];
        var mask = slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Number == 0)
            {
                continue;
            }

            var i = (int)slot.Hash & mask;
            while (slots[i].Number != 0)
            {
                i = (i + 1) & mask;
            }

            slots[i] = slot;
        }
    }

    private struct Slot
    {
        public uint Hash;
        public int LastParse;
        public int Number;
    }

    private readonly record struct Name(string Text, byte[]? Utf8)
    {
        public bool Spells(ReadOnlySpan<byte> utf8) =>
            Utf8 is null ? Text.Length == utf8.Length && Ascii.Equals(utf8, Text) : utf8.SequenceEqual(Utf8);
    }
}
