namespace MicroPython.Bytecode;

/// <summary>One entry of a module's qstr table.</summary>
/// <param name="Content">The text, with MicroPython's exact bytes; entries are equal when their bytes are.</param>
/// <param name="IsStatic">Whether the file refers to it by its static id instead of spelling it out.</param>
public sealed record MpyQstr(MpyText Content, bool IsStatic)
{
    /// <summary>The text as a .NET string.</summary>
    public string Text => Content.Text;

    /// <summary>An entry encoded the way mpy-cross encodes it: static when the string is one of the static qstrs.</summary>
    public static MpyQstr Of(string text) => Of(new MpyText(text));

    /// <summary>An entry encoded the way mpy-cross encodes it: static when the text is one of the static qstrs.</summary>
    public static MpyQstr Of(MpyText text) => new(text, text.IsCanonical && StaticQstrs.IdOf(text.Text) is not null);

    /// <inheritdoc />
    public override string ToString() => Text;
}
