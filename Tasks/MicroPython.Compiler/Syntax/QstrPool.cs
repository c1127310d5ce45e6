using MicroPython.Bytecode;

namespace MicroPython.Compiler.Syntax;

/// <summary>
/// The strings mpy-cross has interned at a given point of a parse, apart from the identifiers
/// (the parse's <see cref="NameCache"/> knows those): its built-in qstrs, the source name, and every
/// short string literal seen so far. A string literal longer than <see cref="AlwaysInternLength"/>
/// bytes is interned only if it is already interned, here or as an identifier.
/// </summary>
internal sealed class QstrPool
{
    /// <summary>String literals up to this many UTF-8 bytes are always interned.</summary>
    public const int AlwaysInternLength = 10;

    /// <summary>qstrs hold at most this many bytes.</summary>
    public const int MaxLength = 255;

    // mpy-cross v1.28's own qstrs longer than 10 bytes (shorter ones never matter)
    private static readonly string[] LongBuiltins =
    [
        "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "GeneratorExit", "ImportError",
        "IndentationError", "Interpolation", "KeyboardInterrupt", "LookupError", "MemoryError",
        "NotImplementedError", "OverflowError", "RuntimeError", "StopAsyncIteration", "StopIteration", "SyntaxError",
        "UnicodeError", "ViperTypeError", "ZeroDivisionError", "__build_class__", "__complex__", "__contains__",
        "__delitem__", "__getattr__", "__getitem__", "__qualname__", "__repl_print__", "__reversed__", "__setitem__",
        "__template__", "__traceback__", "bound_method", "classmethod", "difference_update", "format_spec",
        "heap_unlock", "interpolations", "intersection", "intersection_update",
        "maximum recursion depth exceeded", "micropython", "staticmethod", "string.templatelib",
        "symmetric_difference", "symmetric_difference_update", "templatelib", "unpack_from", "vcvt_f32_s32",
        "vcvt_s32_f32",
    ];

    // the built-in qstrs are the same for every parse, so they are gathered once, not per file
    private static readonly HashSet<string> Builtins = BuildBuiltins();

    // interned text, by bytes (the value says nothing)
    private readonly TextMap<bool> pool = new();

    public QstrPool(string sourceName, IEnumerable<string> preinterned)
    {
        Intern(new MpyText(sourceName));
        foreach (var text in preinterned)
        {
            Intern(new MpyText(text));
        }
    }

    public void Intern(MpyText text) => pool.GetOrAdd(text, true);

    // a built-in is always in its usual spelling
    public bool Contains(MpyText text) => (text.IsCanonical && Builtins.Contains(text.Text)) || pool.TryGetValue(text, out _);

    private static HashSet<string> BuildBuiltins()
    {
        var builtins = new HashSet<string>(LongBuiltins, StringComparer.Ordinal);
        for (var id = 1; StaticQstrs.TextOf(id) is { } text; id++)
        {
            builtins.Add(text);
        }

        return builtins;
    }
}
