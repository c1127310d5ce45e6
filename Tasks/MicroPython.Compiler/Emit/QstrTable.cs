using MicroPython.Bytecode;

namespace MicroPython.Compiler.Emit;

/// <summary>
/// The module's qstr table: a string gets the next index the first time any pass of any scope
/// uses it, and index 0 is the source name. Entries are told apart by their bytes, so a pair
/// written as two escapes and the character it forms are two entries, as in mpy-cross.
/// </summary>
internal sealed class QstrTable
{
    // Text in its usual form (nearly all) is keyed by its string: the framework ships a
    // string-keyed dictionary precompiled, while one keyed by MpyText is compiled afresh by the
    // JIT in every process. The rare exact-bytes text has a table of its own.
    private readonly Dictionary<string, int> indices;
    private readonly List<MpyQstr> order;
    private readonly IdentityMap<int> byInstance;
    private Dictionary<MpyText, int>? exactIndices;

    /// <summary>Creates the table of a module expected to use about <paramref name="capacity"/> qstrs, so that it seldom grows.</summary>
    public QstrTable(string sourceName, int capacity)
    {
        indices = new(capacity, StringComparer.Ordinal);
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

        if (!indices.TryGetValue(text, out index))
        {
            index = order.Count;
            indices.Add(text, index);
            order.Add(MpyQstr.Of(text));
        }

        byInstance.Add(text, index);
        return index;
    }

    public int Use(MpyText text)
    {
        if (text.IsCanonical)
        {
            return Use(text.Text);
        }

        exactIndices ??= [];
        if (!exactIndices.TryGetValue(text, out var index))
        {
            index = order.Count;
            exactIndices.Add(text, index);
            order.Add(MpyQstr.Of(text));
        }

        return index;
    }

    public IReadOnlyList<MpyQstr> ToList() => order.ToArray();
}
