using MicroPython.Bytecode;

namespace MicroPython.Runtime.Objects;

/// <summary>What the functions of one loaded module share: its qstrs, its constant objects and its globals.</summary>
internal sealed class ModuleContext(MpyModule mpy, string[] qstrs, object[] constants, PyDict globals)
{
    public MpyModule Mpy { get; } = mpy;

    public string[] Qstrs { get; } = qstrs;

    public object[] Constants { get; } = constants;

    public PyDict Globals { get; } = globals;

    public string SourceName => Qstrs.Length > 0 ? Qstrs[0] : "";
}
