namespace MicroPython.Bytecode;

/// <summary>
/// The qstrs every MicroPython firmware has at fixed ids, which a <c>.mpy</c> names by id instead of
/// spelling out (the <c>static_qstr_list</c> of v1.19–v1.28; id 0 is the empty qstr and never appears).
/// </summary>
public static class StaticQstrs
{
    private static readonly string[] Table =
    [
        "", "__dir__", "\n", " ", "*", "/", "<module>", "_",
        "__call__", "__class__", "__delitem__", "__enter__", "__exit__", "__getattr__", "__getitem__", "__hash__",
        "__init__", "__int__", "__iter__", "__len__", "__main__", "__module__", "__name__", "__new__",
        "__next__", "__qualname__", "__repr__", "__setitem__", "__str__", "ArithmeticError", "AssertionError", "AttributeError",
        "BaseException", "EOFError", "Ellipsis", "Exception", "GeneratorExit", "ImportError", "IndentationError", "IndexError",
        "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError", "NameError", "NoneType", "NotImplementedError", "OSError",
        "OverflowError", "RuntimeError", "StopIteration", "SyntaxError", "SystemExit", "TypeError", "ValueError", "ZeroDivisionError",
        "abs", "all", "any", "append", "args", "bool", "builtins", "bytearray",
        "bytecode", "bytes", "callable", "chr", "classmethod", "clear", "close", "const",
        "copy", "count", "dict", "dir", "divmod", "end", "endswith", "eval",
        "exec", "extend", "find", "format", "from_bytes", "get", "getattr", "globals",
        "hasattr", "hash", "id", "index", "insert", "int", "isalpha", "isdigit",
        "isinstance", "islower", "isspace", "issubclass", "isupper", "items", "iter", "join",
        "key", "keys", "len", "list", "little", "locals", "lower", "lstrip",
        "main", "map", "micropython", "next", "object", "open", "ord", "pop",
        "popitem", "pow", "print", "range", "read", "readinto", "readline", "remove",
        "replace", "repr", "reverse", "rfind", "rindex", "round", "rsplit", "rstrip",
        "self", "send", "sep", "set", "setattr", "setdefault", "sort", "sorted",
        "split", "start", "startswith", "staticmethod", "step", "stop", "str", "strip",
        "sum", "super", "throw", "to_bytes", "tuple", "type", "update", "upper",
        "utf-8", "value", "values", "write", "zip",
    ];

    // Open addressing over a table four times their number, hashed by the length and three of the
    // characters: enough to spread these names, and cheaper than hashing every character, as the
    // compiler and the writer ask for every qstr of every module. A slot holds an id, 0 when empty.
    private static readonly short[] Slots = BuildSlots();

    /// <summary>The highest static id (<c>MP_QSTR_zip</c>).</summary>
    public static int Count => Table.Length;

    /// <summary>The string with static id <paramref name="id"/>, or null when no static qstr has it.</summary>
    public static string? TextOf(int id) => id >= 1 && id <= Table.Length ? Table[id - 1] : null;

    /// <summary>The static id of <paramref name="text"/>, or null when it is not a static qstr.</summary>
    public static int? IdOf(string text)
    {
        var slots = Slots;
        var mask = slots.Length - 1;
        for (var i = SlotOf(text, mask); slots[i] is var id and not 0; i = (i + 1) & mask)
        {
            if (string.Equals(Table[id - 1], text, StringComparison.Ordinal))
            {
                return id;
            }
        }

        return null;
    }

    private static int SlotOf(string text, int mask) =>
        text.Length == 0 ? 0 : ((text.Length * 97) + (text[0] * 31) + (text[^1] * 7) + text[text.Length >> 1]) & mask;

    private static short[] BuildSlots()
    {
        var slots = new short[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Table.Length * 4)];
        var mask = slots.Length - 1;
        for (var index = 0; index < Table.Length; index++)
        {
            var i = SlotOf(Table[index], mask);
            while (slots[i] != 0)
            {
                i = (i + 1) & mask;
            }

            slots[i] = (short)(index + 1);
        }

        return slots;
    }
}
