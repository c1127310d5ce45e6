using System.Globalization;
using System.Numerics;
using System.Text;
using MicroPython.Bytecode.Constants;
using MicroPython.Bytecode.Targets;

namespace MicroPython.Freezer.CSource;

/// <summary>
/// Writes the C definitions of a module's constant objects and returns how the constant table
/// refers to each: a ROM macro for immediate values and qstrs, a pointer to a static object otherwise.
/// </summary>
internal sealed class ConstantWriter(StringBuilder output, GlobalQstrs qstrs, FirmwareQstrs firmware, FreezeTarget target, SizeTally tally, string sourceName)
{
    private static readonly BigInteger SmallIntMin = -0x2000;
    private static readonly BigInteger SmallIntMax = 0x1fff;

    /// <summary>Writes whatever <paramref name="constant"/> needs under the name <paramref name="name"/> and returns its reference.</summary>
    public string Write(string name, MpyConstant constant)
    {
        switch (constant)
        {
            case MpySingleton s when ReferenceEquals(s, MpySingleton.None):
                return "MP_ROM_NONE";
            case MpySingleton s when ReferenceEquals(s, MpySingleton.False):
                return "MP_ROM_FALSE";
            case MpySingleton s when ReferenceEquals(s, MpySingleton.True):
                return "MP_ROM_TRUE";
            case MpySingleton s when ReferenceEquals(s, MpySingleton.Ellipsis):
                return "MP_ROM_PTR(&mp_const_ellipsis_obj)";
            case MpySingleton:
                return "&mp_fun_table";
            case MpyStr s:
                if (s.Value.Length == 0)
                {
                    return "MP_ROM_QSTR(MP_QSTR_)";
                }

                if (qstrs.Contains(s.Content))
                {
                    return "MP_ROM_QSTR(MP_QSTR_" + QstrText.Identifier(s.Content) + ")";
                }

                return WriteStr(name, "mp_type_str", s.Content.ToBytes());
            case MpyBytes b:
                return b.Value.Length == 0 ? "MP_ROM_PTR(&mp_const_empty_bytes_obj)" : WriteStr(name, "mp_type_bytes", b.Value);
            case MpyInt i:
                return WriteInt(name, i.Value);
            case MpyFloat f:
                return WriteFloat(name, PythonFloat.Parse(f.Text));
            case MpyComplex c:
                var (re, im) = PythonFloat.ParseComplex(c.Text);
                output.Append("static const mp_obj_complex_t ").Append(name).Append(" = {{&mp_type_complex}, (mp_float_t)")
                    .Append(PythonFloat.FormatG16(re)).Append(", (mp_float_t)").Append(PythonFloat.FormatG16(im)).Append("};\n");
                return Ptr(name);
            case MpyTuple t:
                return WriteTuple(name, t);
            default:
                throw new FreezerException(FreezerErrors.BadMpy, $"freezing of object {constant.Repr()} is not implemented", sourceName);
        }
    }

    private static string Ptr(string name) => "MP_ROM_PTR(&" + name + ")";

    private string WriteStr(string name, string type, byte[] data)
    {
        output.Append("static const mp_obj_str_t ").Append(name).Append(" = {{&").Append(type).Append("}, ")
            .Append(QstrText.Hash(data, firmware.BytesInHash).ToString(CultureInfo.InvariantCulture)).Append(", ")
            .Append(data.Length.ToString(CultureInfo.InvariantCulture)).Append(", (const byte*)\"")
            .Append(QstrText.HexEscaped(data)).Append("\"};\n");
        tally.ConstStr += data.Length;
        tally.ConstObj += 16;
        return Ptr(name);
    }

    private string WriteInt(string name, BigInteger value)
    {
        if (value >= SmallIntMin && value <= SmallIntMax)
        {
            return "MP_ROM_INT(" + value.ToString(CultureInfo.InvariantCulture) + ")";
        }

        switch (target.LongInt)
        {
            case LongIntImplementation.LongLong:
                if (value < long.MinValue || value > long.MaxValue)
                {
                    throw new FreezerException(FreezerErrors.LongIntUnsupported, $"the integer constant {value} does not fit the target's 64-bit long long ints", sourceName);
                }

                output.Append("static const mp_obj_int_t ").Append(name).Append(" = {{&mp_type_int}, ")
                    .Append(value.ToString(CultureInfo.InvariantCulture)).Append("};\n");
                return Ptr(name);
            case LongIntImplementation.Mpz:
                return WriteMpz(name, value);
            default:
                throw new FreezerException(FreezerErrors.LongIntUnsupported, $"target does not support long int (constant {value})", sourceName);
        }
    }

    private string WriteMpz(string name, BigInteger value)
    {
        var bits = target.MpzDigitSize;
        var mask = (BigInteger.One << bits) - 1;
        var magnitude = BigInteger.Abs(value);
        var digits = new List<string>();
        for (var z = magnitude; !z.IsZero; z >>= bits)
        {
            digits.Add("0x" + ((ulong)(z & mask)).ToString("x", CultureInfo.InvariantCulture));
        }

        var n = digits.Count.ToString(CultureInfo.InvariantCulture);
        var type = "uint" + bits.ToString(CultureInfo.InvariantCulture) + "_t";
        output.Append("static const mp_obj_int_t ").Append(name).Append(" = {{&mp_type_int}, {.neg=")
            .Append(value.Sign < 0 ? '1' : '0').Append(", .fixed_dig=1, .alloc=").Append(n).Append(", .len=").Append(n)
            .Append(", .dig=(").Append(type).Append("*)(const ").Append(type).Append("[]){")
            .Append(string.Join(',', digits)).Append("}}};\n");
        tally.ConstInt += digits.Count * bits / 8;
        tally.ConstObj += 16;
        return Ptr(name);
    }

    // Every representation is written; the firmware's MICROPY_OBJ_REPR picks one. REPR_C and REPR_D
    // keep floats inside the object word, so those are bit patterns, deliberately not truncated here
    // (the C cast does that, as in the reference).
    private string WriteFloat(string name, double value)
    {
        var macro = name + "_macro";
        var c = (((ulong)PythonFloat.SingleBits(value) & ~3UL) | 2UL) + 0x80800000UL;
        var d = (UInt128)PythonFloat.DoubleBits(value) + 0x8004000000000000UL;
        output.Append("#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B\n")
            .Append("static const mp_obj_float_t ").Append(name).Append(" = {{&mp_type_float}, (mp_float_t)").Append(PythonFloat.FormatG16(value)).Append("};\n")
            .Append("#define ").Append(macro).Append(" MP_ROM_PTR(&").Append(name).Append(")\n")
            .Append("#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C\n")
            .Append("#define ").Append(macro).Append(" ((mp_rom_obj_t)(0x").Append(c.ToString("x8", CultureInfo.InvariantCulture)).Append("))\n")
            .Append("#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D\n")
            .Append("#define ").Append(macro).Append(" ((mp_rom_obj_t)(0x").Append(d.ToString("x16", CultureInfo.InvariantCulture)).Append("))\n")
            .Append("#endif\n");
        tally.ConstObj += 12;
        return macro;
    }

    private string WriteTuple(string name, MpyTuple tuple)
    {
        if (tuple.Items.Count == 0)
        {
            return "MP_ROM_PTR(&mp_const_empty_tuple_obj)";
        }

        var refs = new string[tuple.Items.Count];
        for (var i = 0; i < refs.Length; i++)
        {
            refs[i] = Write(name + "_" + i.ToString(CultureInfo.InvariantCulture), tuple.Items[i]);
        }

        output.Append("static const mp_rom_obj_tuple_t ").Append(name).Append(" = {{&mp_type_tuple}, ")
            .Append(refs.Length.ToString(CultureInfo.InvariantCulture)).Append(", {\n");
        foreach (var r in refs)
        {
            output.Append("    ").Append(r).Append(",\n");
        }

        output.Append("}};\n");
        return Ptr(name);
    }
}
