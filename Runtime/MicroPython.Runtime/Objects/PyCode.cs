using MicroPython.Bytecode;

namespace MicroPython.Runtime.Objects;

/// <summary>What compile() returns: a compiled module, run by exec() or eval().</summary>
internal sealed class PyCode(MpyModule module, bool isEval) : PyObject
{
    /// <summary>The hidden name an eval-mode expression's value is stored under.</summary>
    public const string ResultName = "__eval_result__";

    public MpyModule Module { get; } = module;

    public bool IsEval { get; } = isEval;

    public override PyType Type => Types.Code;
}
