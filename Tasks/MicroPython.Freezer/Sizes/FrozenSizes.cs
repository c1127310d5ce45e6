using MicroPython.Bytecode;
using MicroPython.Bytecode.Constants;
using MicroPython.Freezer.CSource;

namespace MicroPython.Freezer.Sizes;

/// <summary>
/// Works out what each module of a freeze request takes in <c>frozen_content.c</c>, module by module,
/// by the same decisions the C writer makes (which strings are qstrs, which raw codes need a
/// structure) and the sizes of the C structures on the target.
/// </summary>
internal static class FrozenSizes
{
    public static (List<ModuleSize> Modules, HashSet<string> PoolIdentifiers, int FixedBytes) Measure(FreezeRequest request, SizeModel model)
    {
        var w = model.WordBytes;
        var firmware = request.Firmware;
        var modules = new List<ModuleSize>();
        foreach (var str in request.StrModules)
        {
            // The text and its NUL in mp_frozen_str_content, its uint32 size, and its name.
            modules.Add(new ModuleSize(str.TargetPath, PackageOf(str.TargetPath), "str", str.Content.Length + 1, 0, 0, 0, 4 + str.TargetPath.Length + 1, 0, 0));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (request.MpyModules.Count == 0)
        {
            return (modules, seen, 0);
        }

        var global = new GlobalQstrs(request.MpyModules.Select(m => m.Module));
        foreach (var frozen in request.MpyModules)
        {
            var module = frozen.Module;
            var codes = module.Root.SelfAndDescendants().ToList();
            var bytecode = codes.Sum(rc => rc.FunctionData().Length);

            // Functions without children are referred to as their bytecode; the others get a
            // truncated raw-code structure (indicator and kind, bytecode and children pointers) and
            // a list of their children.
            var rawCode = codes.Where(rc => rc.Children.Count > 0).Sum(rc => (3 * w) + (w * rc.Children.Count));
            var constants = (w * module.Constants.Count) + module.Constants.Sum(c => ConstantBytes(c, global, model));
            var qstrTable = 2 * module.Qstrs.Count;
            var moduleBytes = (3 * w) + w + QstrText.CodePointLength(module.SourceName) + 1;

            var added = new GlobalQstrs([module]).NewQstrs(firmware).Where(q => seen.Add(QstrText.Identifier(q))).ToList();
            var qstrBytes = added.Sum(q => firmware.BytesInHash + firmware.BytesInLen + w + q.ByteCount + 1);
            modules.Add(new ModuleSize(module.SourceName, PackageOf(module.SourceName), "mpy", bytecode, rawCode, constants, qstrTable, moduleBytes, added.Count, qstrBytes));
        }

        // The frozen pool's header (previous pool and its size, flags, used entries, the hash and
        // length array pointers) and the name list's closing NUL.
        var fixedBytes = ((firmware.BytesInHash != 0 ? 6 : 5) * w) + 1;
        return (modules, seen, fixedBytes);
    }

    public static string PackageOf(string path)
    {
        var slash = path.IndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    private static int ConstantBytes(MpyConstant constant, GlobalQstrs qstrs, SizeModel model)
    {
        var w = model.WordBytes;
        return constant switch
        {
            MpyStr s when s.Value.Length == 0 || qstrs.Contains(s.Content) => 0,
            MpyStr s => (4 * w) + s.Content.ByteCount + 1,
            MpyBytes b => b.Value.Length == 0 ? 0 : (4 * w) + b.Value.Length + 1,
            MpyInt i => i.Value >= -0x2000 && i.Value <= 0x1fff ? 0 : (4 * w) + MpzDigitBytes(i),
            MpyFloat => model.FloatsBoxed ? Align(w + model.FloatBytes, w) : 0,
            MpyComplex => Align(w + (2 * model.FloatBytes), w),
            MpyTuple t => t.Items.Count == 0 ? 0 : (2 * w) + (w * t.Items.Count) + t.Items.Sum(item => ConstantBytes(item, qstrs, model)),
            _ => 0,
        };
    }

    // 16-bit digits, the common MPZ_DIG_SIZE; the estimate is within a digit's bytes of the others.
    private static int MpzDigitBytes(MpyInt i)
    {
        var magnitude = System.Numerics.BigInteger.Abs(i.Value);
        var digits = 0;
        for (; !magnitude.IsZero; magnitude >>= 16)
        {
            digits++;
        }

        return 2 * digits;
    }

    private static int Align(int n, int w) => (n + w - 1) / w * w;
}
