using MicroPython.Bytecode;

namespace MicroPython.Freezer.CSource;

/// <summary>
/// The C names of modules and raw codes. They must be unique across the whole file, so names are
/// handed out for all modules first, in file order and pre-order, before anything is written.
/// </summary>
internal sealed class RawCodeNames
{
    private const string ModuleScopeSuffix = "_lt_module_gt_";

    private readonly HashSet<string> taken = new(StringComparer.Ordinal);
    private readonly Dictionary<RawCode, string> names = new(ReferenceEqualityComparer.Instance);

    /// <summary>The name assigned to a raw code.</summary>
    public string this[RawCode rc] => names[rc];

    /// <summary>A module's C name: its source name with <c>/</c> as <c>_</c> and the <c>.py</c> cut off.</summary>
    public static string ModuleName(MpyModule module)
    {
        var name = module.SourceName.Replace('/', '_');
        return name.Length >= 3 ? name[..^3] : "";
    }

    /// <summary>Names <paramref name="module"/>'s raw codes.</summary>
    public void Assign(MpyModule module) => Assign(module, module.Root, ModuleName(module));

    private void Assign(MpyModule module, RawCode rc, string parent)
    {
        var wanted = parent + "_" + QstrText.Identifier(module.Qstr(rc.Prelude.SimpleName));
        var unique = wanted;
        for (var i = 2; !taken.Add(unique); i++)
        {
            unique = wanted + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        names[rc] = unique;

        // Children of a module body take the module's name as prefix, not "<module>"'s.
        var childParent = unique.EndsWith(ModuleScopeSuffix, StringComparison.Ordinal) ? parent : unique;
        foreach (var child in rc.Children)
        {
            Assign(module, child, childParent);
        }
    }
}
