using MicroPython.Bytecode;
using MicroPython.Compiler.Syntax;

namespace MicroPython.Compiler.Emit;

/// <summary>
/// The module's qstr table: a string gets the next index the first time any pass of any scope
/// uses it, and index 0 is the source name. Entries are told apart by their bytes, so a pair
/// written as two escapes and the character it forms are two entries, as in mpy-cross.
/// </summary>
internal sealed class QstrTable
{
    private readonly TextMap<int> indices;
    private readonly List<MpyQstr> order;
    private readonly IdentityMap<int> byInstance;

    /// <summary>Creates the table of a module expected to use about <paramref name="capacity"/> qstrs, so that it seldom grows.</summary>
    public QstrTable(string sourceName, int capacity)
    {
        indices = new(capacity);
        order = new(capacity);
        byInstance = new(capacity);
        Use(sourceName);
    }

    public int Use(string text)
    {
        if (byInstance.TryGetValue(text, out var index))
        {
            return index;
        }

        index = UseText(new MpyText(text));
        byInstance.Add(text, index);
        return index;
    }

    public int Use(MpyText text) => text.IsCanonical ? Use(text.Text) : UseText(text);

    private int UseText(MpyText text)
    {
        var index = indices.GetOrAdd(text, order.Count);
        if (index == order.Count)
        {
            order.Add(MpyQstr.Of(text));
        }

        return index;
    }

    public IReadOnlyList<MpyQstr> ToList() => order.ToArray();
}
