using System.Text;
using MicroPython.Bytecode.Encoding;
using MicroPython.Bytecode.Targets;
using MicroPython.Freezer.CSource;

namespace MicroPython.Freezer;

/// <summary>
/// Writes <c>frozen_content.c</c>: byte-identical to what MicroPython v1.28.0's
/// <c>makemanifest.py</c> (string part) and <c>mpy-tool.py --freeze</c> (bytecode part) write for
/// the same modules, firmware qstrs and target — except that float constants beyond the single
/// range become ±infinity in the REPR_C encoding where the reference fails.
/// </summary>
public static class FrozenCWriter
{
    private const string EmptyMpySection =
        "#include \"py/emitglue.h\"\n"
        + "extern const qstr_pool_t mp_qstr_const_pool;\n"
        + "const qstr_pool_t mp_qstr_frozen_const_pool = {\n"
        + "    #if MICROPY_QSTR_BYTES_IN_HASH\n"
        + "    (qstr_pool_t*)&mp_qstr_const_pool, MP_QSTRnumber_of, 0, 0, 0, NULL, NULL, {},\n"
        + "    #else\n"
        + "    (qstr_pool_t*)&mp_qstr_const_pool, MP_QSTRnumber_of, 0, 0, 0, NULL, {},\n"
        + "    #endif\n"
        + "};\n"
        + "const char mp_frozen_names[] = { MP_FROZEN_STR_NAMES \"\\0\"};\n"
        + "const mp_raw_code_t *const mp_frozen_mpy_content[] = {NULL};\n";

    /// <summary>The file's text.</summary>
    /// <exception cref="FreezerException">A constant the target cannot hold (<see cref="FreezerErrors.LongIntUnsupported"/>) or an invalid request.</exception>
    public static string WriteText(FreezeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request);
        var o = new StringBuilder(1 << 16);
        o.Append("//\n// Content for MICROPY_MODULE_FROZEN_STR\n//\n");
        StrSection.Write(o, request.StrModules);
        o.Append("//\n// Content for MICROPY_MODULE_FROZEN_MPY\n//\n");
        if (request.MpyModules.Count == 0)
        {
            o.Append(EmptyMpySection);
        }
        else
        {
            MpySection.Write(o, request);
        }

        return o.ToString();
    }

    /// <summary>The file's bytes (UTF-8, <c>\n</c> line ends; a lone surrogate in a name is written as MicroPython stores it, in WTF-8).</summary>
    /// <exception cref="FreezerException">As for <see cref="WriteText"/>.</exception>
    public static byte[] Write(FreezeRequest request) => Wtf8.Encode(WriteText(request));

    private static void Validate(FreezeRequest request)
    {
        if (request.Target.LongInt == LongIntImplementation.Mpz && request.Target.MpzDigitSize is not (8 or 16 or 32))
        {
            throw new FreezerException(FreezerErrors.BadRequest, $"the mpz digit size must be 8, 16 or 32, not {request.Target.MpzDigitSize}");
        }

        foreach (var m in request.StrModules)
        {
            RefuseControlCharacters(m.TargetPath, null);
        }

        // The reference writes such inputs too, as C that does not compile; say why instead.
        var cNames = new Dictionary<string, FrozenMpyModule>(StringComparer.Ordinal);
        foreach (var m in request.MpyModules)
        {
            RefuseControlCharacters(m.Module.SourceName, m.OriginPath);
            if (!m.Module.SourceName.EndsWith(".py", StringComparison.Ordinal))
            {
                throw new FreezerException(FreezerErrors.BadMpy, $"the module's source name '{m.Module.SourceName}' does not end in .py, so it cannot be imported when frozen (compile it with -s NAME.py)", m.OriginPath);
            }

            if (!CText.IsIdentifierPart(RawCodeNames.ModuleName(m.Module)))
            {
                throw new FreezerException(DiagnosticCodes.BadFrozenPath, $"the frozen name '{m.Module.SourceName}' cannot be frozen as bytecode: its C name frozen_module_{RawCodeNames.ModuleName(m.Module)} may hold only letters, digits and _ (besides the / of folders)", m.OriginPath);
            }

            if (!cNames.TryAdd(CSource.RawCodeNames.ModuleName(m.Module), m))
            {
                var first = cNames[CSource.RawCodeNames.ModuleName(m.Module)];
                throw new FreezerException(FreezerErrors.BadRequest, $"'{m.Module.SourceName}' is frozen twice (also from {first.OriginPath} as '{first.Module.SourceName}'); each frozen name may appear once", m.OriginPath);
            }
        }
    }

    // A frozen name is a module name, and is written into C strings and comments.
    private static void RefuseControlCharacters(string name, string? origin)
    {
        if (CText.HasControl(name))
        {
            throw new FreezerException(DiagnosticCodes.BadFrozenPath, $"the frozen name '{CText.Comment(name)}' holds a control character; a module name cannot", origin ?? CText.Comment(name));
        }
    }
}
