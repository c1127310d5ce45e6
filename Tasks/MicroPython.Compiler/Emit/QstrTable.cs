using MicroPython.Bytecode;

namespace MicroPython.Compiler.Emit;

/// <summary>
/// The module's qstr table: a string gets the next index the first time any pass of any scope
/// uses it, and index 0 is the source name.
/// </summary>
internal sealed class QstrTable
{
    private readonly Dictionary<string, int> indices = new(StringComparer.Ordinal);
    private readonly List<string> order = [];

    public QstrTable(string sourceName) => Use(sourceName);

    public int Use(string text)
    {
        if (!indices.TryGetValue(text, out var index))
        {
            index = order.Count;
            indices.Add(text, index);
            order.Add(text);
        }

        return index;
    }

    public IReadOnlyList<MpyQstr> ToList() => order.Select(MpyQstr.Of).ToArray();
}
