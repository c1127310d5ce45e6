using MicroPython.Bytecode;

namespace MicroPython.Compiler.Emit;

/// <summary>
/// The module's qstr table: a string gets the next index the first time any pass of any scope
/// uses it, and index 0 is the source name. Entries are told apart by their bytes, so a pair
/// written as two escapes and the character it forms are two entries, as in mpy-cross.
/// </summary>
internal sealed class QstrTable
{
    private readonly Dictionary<MpyText, int> indices = [];
    private readonly List<MpyText> order = [];

    public QstrTable(string sourceName) => Use(sourceName);

    public int Use(string text) => Use(new MpyText(text));

    public int Use(MpyText text)
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
