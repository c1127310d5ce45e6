using MicroPython.Bytecode;
using MicroPython.Bytecode.Constants;

namespace MicroPython.Freezer.CSource;

/// <summary>
/// Every qstr the frozen modules use, in the order the reference freezer meets them: the static
/// qstrs, then per module its spelled-out qstr-table entries and its short <c>str</c> constants
/// (those the runtime would intern). Decides which strings become qstrs and which qstrs the frozen
/// pool must add to the firmware's.
/// </summary>
internal sealed class GlobalQstrs
{
    // Strings under this many code points are interned when a .mpy is loaded, so a frozen module
    // must find them as qstrs too (MICROPY_PERSISTENT_STR_INTERN_THRESHOLD).
    private const int InternThreshold = 25;

    // by bytes: a pair written as two escapes is not the character it forms
    private readonly List<MpyText> ordered = [];
    private readonly HashSet<MpyText> known = [];

    public GlobalQstrs(IEnumerable<MpyModule> modules)
    {
        for (var id = 1; id <= StaticQstrs.Count; id++)
        {
            Add(new MpyText(StaticQstrs.TextOf(id)!));
        }

        foreach (var module in modules)
        {
            foreach (var q in module.Qstrs)
            {
                if (!q.IsStatic)
                {
                    Add(q.Content);
                }
            }

            foreach (var c in module.Constants)
            {
                AddInterned(c);
            }
        }
    }

    /// <summary>Whether a <c>str</c> constant with this text is referred to as a qstr.</summary>
    public bool Contains(MpyText text) => known.Contains(text);

    /// <summary>
    /// The qstrs the firmware lacks: one per identifier (the first string met with it), sorted by
    /// code point as the runtime's binary search over the pool expects.
    /// </summary>
    public IReadOnlyList<MpyText> NewQstrs(FirmwareQstrs firmware)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<MpyText>();
        foreach (var text in ordered)
        {
            var id = QstrText.Identifier(text);
            if (!firmware.ContainsIdentifier(id) && seen.Add(id))
            {
                result.Add(text);
            }
        }

        result.Sort(CodePointComparer.Instance);
        return result;
    }

    private void Add(MpyText text)
    {
        ordered.Add(text);
        known.Add(text);
    }

    // Tuple items are read like top-level constants, so their short strings are interned too.
    private void AddInterned(MpyConstant constant)
    {
        switch (constant)
        {
            case MpyStr s when QstrText.CodePointLength(s.Content) < InternThreshold && !known.Contains(s.Content):
                Add(s.Content);
                break;
            case MpyTuple t:
                foreach (var item in t.Items)
                {
                    AddInterned(item);
                }

                break;
        }
    }
}
