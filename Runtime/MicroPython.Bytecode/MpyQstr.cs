namespace MicroPython.Bytecode;

/// <summary>One entry of a module's qstr table.</summary>
/// <param name="Text">The string.</param>
/// <param name="IsStatic">Whether the file refers to it by its static id instead of spelling it out.</param>
public sealed record MpyQstr(string Text, bool IsStatic)
{
    /// <summary>An entry encoded the way mpy-cross encodes it: static when the string is one of the static qstrs.</summary>
    public static MpyQstr Of(string text) => new(text, StaticQstrs.IdOf(text) is not null);

    /// <inheritdoc />
    public override string ToString() => Text;
}
