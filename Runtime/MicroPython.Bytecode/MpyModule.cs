using MicroPython.Bytecode.Constants;

namespace MicroPython.Bytecode;

/// <summary>
/// One compiled module: the shape every stage exchanges. The compiler produces it, the reader
/// produces it from bytes, and every writer and the VM consume it.
/// </summary>
/// <param name="Header">The file header.</param>
/// <param name="Qstrs">The qstr table; entry 0 is the source file name.</param>
/// <param name="Constants">The constant table, indexed by <c>LOAD_CONST_OBJ</c>.</param>
/// <param name="Root">The module's outer raw code.</param>
public sealed record MpyModule(MpyHeader Header, IReadOnlyList<MpyQstr> Qstrs, IReadOnlyList<MpyConstant> Constants, RawCode Root)
{
    /// <summary>The source file name the module was compiled from (qstr 0).</summary>
    public string SourceName => Qstrs.Count > 0 ? Qstrs[0].Text : "";

    /// <summary>The text of qstr table entry <paramref name="index"/>.</summary>
    public string Qstr(int index) => Qstrs[index].Text;
}
