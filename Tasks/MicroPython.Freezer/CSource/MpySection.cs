using System.Globalization;
using System.Text;
using MicroPython.Bytecode;
using MicroPython.Bytecode.Opcodes;
using MicroPython.Bytecode.Targets;

namespace MicroPython.Freezer.CSource;

/// <summary>
/// The bytecode half of <c>frozen_content.c</c>, as <c>mpy-tool.py -f</c> writes it: preamble, the
/// frozen qstr pool, each module's raw code, qstr and constant tables, and the merged name list.
/// </summary>
internal sealed class MpySection
{
    private readonly StringBuilder o;
    private readonly IReadOnlyList<FrozenMpyModule> modules;
    private readonly FirmwareQstrs firmware;
    private readonly FreezeTarget target;
    private readonly GlobalQstrs qstrs;
    private readonly RawCodeNames names = new();
    private readonly SizeTally tally = new();

    private MpySection(StringBuilder output, FreezeRequest request)
    {
        o = output;
        modules = request.MpyModules;
        firmware = request.Firmware;
        target = request.Target;
        qstrs = new GlobalQstrs(modules.Select(m => m.Module));
        foreach (var m in modules)
        {
            names.Assign(m.Module);
        }
    }

    /// <summary>Appends the section for the (non-empty) bytecode modules of <paramref name="request"/>.</summary>
    public static void Write(StringBuilder output, FreezeRequest request) => new MpySection(output, request).Write();

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    private void Write()
    {
        WritePreamble();
        WritePool(qstrs.NewQstrs(firmware));
        foreach (var m in modules)
        {
            WriteModule(m);
        }

        WriteFooter();
    }

    private void WritePreamble()
    {
        o.Append("#include \"py/mpconfig.h\"\n#include \"py/objint.h\"\n#include \"py/objstr.h\"\n#include \"py/emitglue.h\"\n#include \"py/nativeglue.h\"\n\n");
        var impl = target.LongInt switch
        {
            LongIntImplementation.None => 0,
            LongIntImplementation.LongLong => 1,
            _ => 2,
        };
        o.Append("#if MICROPY_LONGINT_IMPL != ").Append(N(impl)).Append("\n#error \"incompatible MICROPY_LONGINT_IMPL\"\n#endif\n\n");
        if (target.LongInt == LongIntImplementation.Mpz)
        {
            o.Append("#if MPZ_DIG_SIZE != ").Append(N(target.MpzDigitSize)).Append("\n#error \"incompatible MPZ_DIG_SIZE\"\n#endif\n\n");
        }

        o.Append("#if MICROPY_PY_BUILTINS_FLOAT\ntypedef struct _mp_obj_float_t {\n    mp_obj_base_t base;\n    mp_float_t value;\n} mp_obj_float_t;\n#endif\n\n");
        o.Append("#if MICROPY_PY_BUILTINS_COMPLEX\ntypedef struct _mp_obj_complex_t {\n    mp_obj_base_t base;\n    mp_float_t real;\n    mp_float_t imag;\n} mp_obj_complex_t;\n#endif\n\n");
    }

    private void WritePool(IReadOnlyList<MpyText> added)
    {
        if (added.Count > 0)
        {
            o.Append("enum {\n");
            for (var i = 0; i < added.Count; i++)
            {
                o.Append("    MP_QSTR_").Append(QstrText.Identifier(added[i])).Append(i == 0 ? " = MP_QSTRnumber_of,\n" : ",\n");
            }

            o.Append("};\n");
        }

        var utf8 = added.Select(q => q.ToBytes()).ToArray();
        tally.QstrCount = added.Count;
        if (firmware.BytesInHash != 0)
        {
            o.Append("\nconst qstr_hash_t mp_qstr_frozen_const_hashes[] = {\n");
            foreach (var b in utf8)
            {
                o.Append("    ").Append(N(QstrText.Hash(b, firmware.BytesInHash))).Append(",\n");
                tally.QstrBytes += firmware.BytesInHash;
            }

            o.Append("};\n");
        }

        o.Append("\nconst qstr_len_t mp_qstr_frozen_const_lengths[] = {\n");
        foreach (var b in utf8)
        {
            o.Append("    ").Append(N(b.Length)).Append(",\n");
            tally.QstrBytes += firmware.BytesInLen + b.Length + 1;
        }

        o.Append("};\n\n");
        o.Append("extern const qstr_pool_t mp_qstr_const_pool;\nconst qstr_pool_t mp_qstr_frozen_const_pool = {\n");
        o.Append("    &mp_qstr_const_pool, // previous pool\n    MP_QSTRnumber_of, // previous pool size\n    true, // is_sorted\n");

        // Sized so the first pool the runtime allocates dynamically is twice this one (py/qstr.c).
        o.Append("    ").Append(N(Math.Min(added.Count, 10))).Append(", // allocated entries\n");
        o.Append("    ").Append(N(added.Count)).Append(", // used entries\n");
        if (firmware.BytesInHash != 0)
        {
            o.Append("    (qstr_hash_t *)mp_qstr_frozen_const_hashes,\n");
        }

        o.Append("    (qstr_len_t *)mp_qstr_frozen_const_lengths,\n    {\n");
        foreach (var q in added)
        {
            o.Append("        \"").Append(QstrText.PoolLiteral(q)).Append("\",\n");
        }

        o.Append("    },\n};\n");
    }

    private void WriteModule(FrozenMpyModule frozen)
    {
        var module = frozen.Module;
        var m = RawCodeNames.ModuleName(module);
        var h = module.Header;
        o.Append('\n').Append('/', 80).Append('\n');
        o.Append("// frozen module ").Append(m).Append('\n');
        o.Append("// - original source file: ").Append(CText.Comment(frozen.OriginPath)).Append('\n');
        o.Append("// - frozen file name: ").Append(CText.Comment(module.SourceName)).Append('\n');
        o.Append("// - .mpy header: 4d:").Append(Hex.Byte(MpyHeader.Version)).Append(':').Append(Hex.Byte(h.Features)).Append(':').Append(Hex.Byte(h.SmallIntBits)).Append("\n\n");

        WriteRawCode(module, module.Root);
        o.Append('\n');
        WriteConstants(module, m);
        o.Append("\nstatic const mp_frozen_module_t frozen_module_").Append(m).Append(" = {\n    .constants = {\n");
        o.Append(module.Qstrs.Count > 0 ? $"        .qstr_table = (qstr_short_t *)&const_qstr_table_data_{m},\n" : "        .qstr_table = NULL,\n");
        o.Append(module.Constants.Count > 0 ? $"        .obj_table = (mp_obj_t *)&const_obj_table_data_{m},\n" : "        .obj_table = NULL,\n");
        o.Append("    },\n    .proto_fun = &proto_fun_").Append(names[module.Root]).Append(",\n};\n");
    }

    private void WriteRawCode(MpyModule module, RawCode rc)
    {
        var name = names[rc];
        var fun = rc.FunctionData();
        var p = rc.Prelude;
        var opcodes = fun.Length - rc.Code.Length;
        var closure = opcodes - p.Cells.Length;
        var sourceInfo = closure - rc.SourceInfoSize;
        var lineInfo = closure - p.LineTable.Length;

        o.Append("// frozen bytecode for file ").Append(CText.Comment(module.SourceName)).Append(", scope ").Append(name).Append('\n');
        o.Append("static const byte fun_data_").Append(name).Append('[').Append(N(fun.Length)).Append("] = {\n");
        AppendBytesLine(fun.AsSpan(0, sourceInfo), "prelude");
        var argNames = new List<string> { module.Qstr(p.SimpleName) };
        argNames.AddRange(p.ArgNames.Select(module.Qstr));
        AppendBytesLine(fun.AsSpan(sourceInfo, lineInfo - sourceInfo), CText.Comment("names: " + string.Join(", ", argNames)));
        AppendBytesLine(fun.AsSpan(lineInfo, opcodes - lineInfo), "code info");
        foreach (var insn in InstructionDecoder.Decode(rc.Code))
        {
            o.Append("    ");
            for (var i = 0; i < insn.Length; i++)
            {
                if (i > 0)
                {
                    o.Append(',');
                }

                o.Append("0x").Append(Hex.Byte(rc.Code[insn.Offset + i]));
            }

            o.Append(", // ").Append(CText.Comment(OpcodeComment.Of(insn, i => module.Qstrs[i].Content))).Append('\n');
        }

        o.Append("};\n");
        tally.Bytecode += fun.Length;

        if (rc.Children.Count > 0)
        {
            foreach (var child in rc.Children)
            {
                o.Append("// child of ").Append(name).Append('\n');
                WriteRawCode(module, child);
                o.Append('\n');
            }

            o.Append("static const mp_raw_code_t *const children_").Append(name).Append("[] = {\n");
            foreach (var child in rc.Children)
            {
                o.Append("    (const mp_raw_code_t *)&proto_fun_").Append(names[child]).Append(",\n");
            }

            o.Append("};\n\n");
        }

        WriteProtoFun(rc, name, fun.Length, lineInfo, closure, opcodes);
    }

    private void AppendBytesLine(ReadOnlySpan<byte> bytes, string comment)
    {
        o.Append("    ");
        foreach (var b in bytes)
        {
            o.Append("0x").Append(Hex.Byte(b)).Append(',');
        }

        o.Append(" // ").Append(comment).Append('\n');
    }

    // A bytecode function without children needs no raw-code struct in normal firmware: the
    // runtime recognises bare bytecode because it never starts with the struct's two zero bytes.
    private void WriteProtoFun(RawCode rc, string name, int funLength, int lineInfo, int closure, int opcodes)
    {
        var p = rc.Prelude;
        var minimal = rc.Children.Count == 0;
        if (minimal)
        {
            o.Append("#if MICROPY_PERSISTENT_CODE_SAVE\n");
        }

        o.Append("static const mp_raw_code_truncated_t proto_fun_").Append(name).Append(" = {\n");
        o.Append("    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,\n");
        o.Append("    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,\n");
        o.Append("    .kind = MP_CODE_BYTECODE,\n");
        o.Append("    .is_generator = ").Append(p.Flags.HasFlag(ScopeFlags.Generator) ? '1' : '0').Append(",\n");
        o.Append("    .fun_data = fun_data_").Append(name).Append(",\n");
        o.Append(rc.Children.Count > 0 ? $"    .children = (void *)&children_{name},\n" : "    .children = NULL,\n");
        o.Append("    #if MICROPY_PERSISTENT_CODE_SAVE\n");
        o.Append("    .fun_data_len = ").Append(N(funLength)).Append(",\n");
        o.Append("    .n_children = ").Append(N(rc.Children.Count)).Append(",\n");
        o.Append("    #if MICROPY_EMIT_MACHINE_CODE\n    .prelude_offset = 0,\n    #endif\n");
        o.Append("    #if MICROPY_PY_SYS_SETTRACE\n    .line_of_definition = 0,\n    .prelude = {\n");
        o.Append("        .n_state = ").Append(N(p.NState)).Append(",\n");
        o.Append("        .n_exc_stack = ").Append(N(p.NExcStack)).Append(",\n");
        o.Append("        .scope_flags = ").Append(N((int)p.Flags)).Append(",\n");
        o.Append("        .n_pos_args = ").Append(N(p.NPosArgs)).Append(",\n");
        o.Append("        .n_kwonly_args = ").Append(N(p.NKwOnlyArgs)).Append(",\n");
        o.Append("        .n_def_pos_args = ").Append(N(p.NDefPosArgs)).Append(",\n");
        o.Append("        .qstr_block_name_idx = ").Append(N(p.SimpleName)).Append(",\n");
        o.Append("        .line_info = fun_data_").Append(name).Append(" + ").Append(N(lineInfo)).Append(",\n");
        o.Append("        .line_info_top = fun_data_").Append(name).Append(" + ").Append(N(closure)).Append(",\n");
        o.Append("        .opcodes = fun_data_").Append(name).Append(" + ").Append(N(opcodes)).Append(",\n");
        o.Append("    },\n    #endif\n    #endif\n};\n");
        if (minimal)
        {
            o.Append("#else\n#define proto_fun_").Append(name).Append(" fun_data_").Append(name).Append("[0]\n#endif\n");
        }

        tally.RawCodes++;
    }

    private void WriteConstants(MpyModule module, string m)
    {
        if (module.Qstrs.Count > 0)
        {
            o.Append("static const qstr_short_t const_qstr_table_data_").Append(m).Append('[').Append(N(module.Qstrs.Count)).Append("] = {\n");
            foreach (var q in module.Qstrs)
            {
                o.Append("    MP_QSTR_").Append(QstrText.Identifier(q.Content)).Append(",\n");
            }

            o.Append("};\n");
        }

        if (module.Constants.Count == 0)
        {
            return;
        }

        o.Append("\n// constants\n");
        var writer = new ConstantWriter(o, qstrs, firmware, target, tally, module.SourceName);
        var refs = new string[module.Constants.Count];
        for (var i = 0; i < refs.Length; i++)
        {
            refs[i] = writer.Write($"const_obj_{m}_{N(i)}", module.Constants[i]);
        }

        o.Append("\n// constant table\nstatic const mp_rom_obj_t const_obj_table_data_").Append(m).Append('[').Append(N(refs.Length)).Append("] = {\n");
        foreach (var r in refs)
        {
            o.Append("    ").Append(r).Append(",\n");
        }

        o.Append("};\n");
        tally.ConstTablePtrEntries += refs.Length;
    }

    private void WriteFooter()
    {
        o.Append('\n').Append('/', 80).Append("\n// collection of all frozen modules\n\n");
        o.Append("const char mp_frozen_names[] = {\n    #ifdef MP_FROZEN_STR_NAMES\n    MP_FROZEN_STR_NAMES\n    #endif\n");
        foreach (var m in modules)
        {
            o.Append("    \"").Append(CText.StringBody(m.Module.SourceName)).Append("\\0\"\n");
            tally.NamesBytes += QstrText.CodePointLength(m.Module.SourceName) + 1;
        }

        o.Append("    \"\\0\"\n};\n\n");
        o.Append("const mp_frozen_module_t *const mp_frozen_mpy_content[] = {\n");
        foreach (var m in modules)
        {
            o.Append("    &frozen_module_").Append(RawCodeNames.ModuleName(m.Module)).Append(",\n");
        }

        o.Append("};\n\n#ifdef MICROPY_FROZEN_LIST_ITEM\n");
        foreach (var m in modules)
        {
            var full = m.Module.SourceName;
            var shortName = full.EndsWith("/__init__.py", StringComparison.Ordinal) ? full[..^"/__init__.py".Length] : full.Length >= 3 ? full[..^3] : "";
            o.Append("MICROPY_FROZEN_LIST_ITEM(\"").Append(CText.StringBody(shortName)).Append("\", \"").Append(CText.StringBody(full)).Append("\")\n");
        }

        o.Append("#endif\n");
        tally.ModuleCount = modules.Count;
        var t = tally;
        o.Append("\n/*\nbyte sizes:\n");
        o.Append("qstr content: ").Append(N(t.QstrCount)).Append(" unique, ").Append(N(t.QstrBytes)).Append(" bytes\n");
        o.Append("bc content: ").Append(N(t.Bytecode)).Append('\n');
        o.Append("const str content: ").Append(N(t.ConstStr)).Append('\n');
        o.Append("const int content: ").Append(N(t.ConstInt)).Append('\n');
        o.Append("const obj content: ").Append(N(t.ConstObj)).Append('\n');
        o.Append("const table qstr content: 0 entries, 0 bytes\n");
        o.Append("const table ptr content: ").Append(N(t.ConstTablePtrEntries)).Append(" entries, ").Append(N(4 * t.ConstTablePtrEntries)).Append(" bytes\n");
        o.Append("raw code content: ").Append(N(t.RawCodes)).Append(" * 4 = ").Append(N(16 * t.RawCodes)).Append('\n');
        o.Append("mp_frozen_mpy_names_content: ").Append(N(t.NamesBytes)).Append('\n');
        o.Append("mp_frozen_mpy_content_size: ").Append(N(4 * t.ModuleCount)).Append('\n');
        o.Append("total: ").Append(N(t.Total)).Append("\n*/\n");
    }
}
