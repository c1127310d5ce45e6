using System.Globalization;
using System.Numerics;
using MicroPython.Bytecode.Constants;
using MicroPython.Bytecode.Encoding;
using MicroPython.Bytecode.Files;
using MicroPython.Bytecode.Numerics;
using MicroPython.Bytecode.Opcodes;

namespace MicroPython.Bytecode;

/// <summary>
/// Reads <c>.mpy</c> v6 bytes into an <see cref="MpyModule"/>. Everything the file claims is checked
/// against what is actually there before it is trusted, so a corrupt or hostile file fails with an
/// <see cref="MpyFormatException"/> naming the byte offset — never with a crash, a hang or a huge
/// allocation. Only bytecode is accepted: native code is rejected with a clear message.
/// </summary>
public static class MpyReader
{
    /// <summary>
    /// How deeply constant tuples may nest: deeper than a compiler emits (ours stops at about 600
    /// levels, where its parse tree reaches its bound; mpy-cross a little later).
    /// </summary>
    public const int MaxTupleDepth = 1000;

    /// <summary>
    /// How deeply raw codes may nest, the module's counted: a module can hold 999 functions inside
    /// one another. mpy-cross compiles thousands and the VM loads them, but no real program comes
    /// near, and every reader and writer of the tree recurses once per level: this is as deep as
    /// they go safely on a thread of a 1 MiB stack. The compiler refuses deeper code (MPY1128), so
    /// what it writes is always read back.
    /// </summary>
    public const int MaxRawCodeDepth = 1000;

    /// <summary>Reads a whole file.</summary>
    /// <exception cref="MpyFormatException">The file is not a valid bytecode <c>.mpy</c> v6.</exception>
    /// <exception cref="IOException">The file is missing, not a regular file, or larger than <see cref="InputLimits.Mpy"/>.</exception>
    public static MpyModule ReadFile(string path) => Read(InputFile.ReadAllBytes(path, InputLimits.Mpy, ".mpy file"), path);

    /// <summary>Reads <paramref name="data"/>; <paramref name="fileName"/> is only used in messages.</summary>
    /// <exception cref="MpyFormatException">The data is not a valid bytecode <c>.mpy</c> v6.</exception>
    public static MpyModule Read(ReadOnlyMemory<byte> data, string? fileName = null)
    {
        var src = new ByteSource(data, fileName);
        var header = ReadHeader(src);
        var qstrCount = src.VarUInt("qstr count", src.Remaining);
        var constCount = src.VarUInt("constant count", src.Remaining);

        var qstrs = new MpyQstr[qstrCount];
        for (var i = 0; i < qstrCount; i++)
        {
            qstrs[i] = ReadQstr(src);
        }

        var constants = new MpyConstant[constCount];
        for (var i = 0; i < constCount; i++)
        {
            constants[i] = ReadConstant(src, 0);
        }

        var tables = new TableSizes(qstrCount, constCount);
        var root = ReadRawCode(src, tables, 0);
        if (src.Remaining > 0)
        {
            throw src.Error($"{src.Remaining} bytes of unexpected data after the module");
        }

        return new MpyModule(header, qstrs, constants, root);
    }

    private static MpyHeader ReadHeader(ByteSource src)
    {
        if (src.Remaining < 4)
        {
            throw src.Error("file is too short for a .mpy header (4 bytes)");
        }

        var magic = src.Byte();
        if (magic != MpyHeader.Magic)
        {
            throw src.ErrorAt($"not a .mpy file (first byte is 0x{magic:x2}, expected 0x4d 'M')", 0);
        }

        var version = src.Byte();
        if (version != MpyHeader.Version)
        {
            throw src.ErrorAt($"unsupported .mpy version {version} (this tool reads version {MpyHeader.Version}, MicroPython 1.19 and later)", 1);
        }

        var features = src.Byte();
        var smallIntBits = src.Byte();
        var header = new MpyHeader(features, smallIntBits);
        if (header.Arch != NativeArch.None || (features & 0x03) != 0)
        {
            throw src.ErrorAt($"native code ({header.Arch.ToString().ToLowerInvariant()}) is not supported, only bytecode .mpy files are", 2);
        }

        if (header.HasArchFlags)
        {
            throw src.ErrorAt("arch flags are set in a bytecode-only file", 2);
        }

        if (smallIntBits is < 2 or > 64)
        {
            throw src.ErrorAt($"small-int width {smallIntBits} is out of range (2..64)", 3);
        }

        return header;
    }

    private static MpyQstr ReadQstr(ByteSource src)
    {
        var start = src.FileOffset;
        // A static entry names a qstr of the firmware, not bytes of the file: a small file may name a high id.
        var v = src.VarUInt("qstr entry", Math.Max(((long)src.Remaining << 1) | 1, ((long)StaticQstrs.Count << 1) | 1));
        if ((v & 1) != 0)
        {
            var id = v >> 1;
            var text = StaticQstrs.TextOf(id) ?? throw src.ErrorAt($"unknown static qstr id {id}", start);
            return new MpyQstr(new MpyText(text), IsStatic: true);
        }

        var bytes = src.Bytes(v >> 1, "qstr");
        ExpectNul(src, "qstr");
        return new MpyQstr(DecodeUtf8(bytes.Span, src, start, "qstr"), IsStatic: false);
    }

    private static MpyConstant ReadConstant(ByteSource src, int depth)
    {
        var start = src.FileOffset;
        var tag = src.Byte();
        switch ((ConstantTag)tag)
        {
            case ConstantTag.None: return MpySingleton.None;
            case ConstantTag.False: return MpySingleton.False;
            case ConstantTag.True: return MpySingleton.True;
            case ConstantTag.Ellipsis: return MpySingleton.Ellipsis;
            case ConstantTag.FunTable:
                throw src.ErrorAt("native function table in a bytecode-only file", start);
            case ConstantTag.Str:
            {
                var bytes = src.Bytes(src.VarUInt("str length", src.Remaining), "str");
                ExpectNul(src, "str");
                return new MpyStr(DecodeUtf8(bytes.Span, src, start, "str"));
            }

            case ConstantTag.Bytes:
            {
                var bytes = src.Bytes(src.VarUInt("bytes length", src.Remaining), "bytes");
                ExpectNul(src, "bytes");
                return new MpyBytes(bytes.ToArray());
            }

            case ConstantTag.Int:
                return ParseInt(ReadAscii(src, "int"), src, start);
            case ConstantTag.Float:
            {
                var text = ReadAscii(src, "float");
                return new MpyFloat(ParseFloatText(text, src, start), text);
            }

            case ConstantTag.Complex:
            {
                var text = ReadAscii(src, "complex");
                var (re, im) = ParseComplexText(text, src, start);
                return new MpyComplex(re, im, text);
            }

            case ConstantTag.Tuple:
            {
                if (depth >= MaxTupleDepth)
                {
                    throw src.ErrorAt($"constant tuples nest deeper than {MaxTupleDepth}", start);
                }

                var count = src.VarUInt("tuple length", src.Remaining);
                var items = new MpyConstant[count];
                for (var i = 0; i < count; i++)
                {
                    items[i] = ReadConstant(src, depth + 1);
                }

                return new MpyTuple(items);
            }

            default:
                throw src.ErrorAt($"unknown constant type {tag}", start);
        }
    }

    private static RawCode ReadRawCode(ByteSource src, TableSizes tables, int depth)
    {
        var start = src.FileOffset;
        if (depth >= MaxRawCodeDepth)
        {
            throw src.Error($"functions nest deeper than {MaxRawCodeDepth}");
        }

        var word = src.VarUInt("raw code header", ((long)src.Remaining << 3) | 7);
        var kind = (RawCodeKind)(word & 3);
        if (kind != RawCodeKind.Bytecode)
        {
            throw src.ErrorAt($"native code ({kind}) is not supported, only bytecode", start);
        }

        var hasChildren = (word & 4) != 0;
        var funData = src.Sub(word >> 3, "function data");
        var rawWithoutChildren = ReadFunctionData(funData, tables);

        IReadOnlyList<RawCode> children = [];
        if (hasChildren)
        {
            var count = src.VarUInt("child count", src.Remaining);
            var list = new RawCode[count];
            for (var i = 0; i < count; i++)
            {
                list[i] = ReadRawCode(src, tables, depth + 1);
            }

            children = list;
        }

        var codeFileOffset = funData.FileOffset - rawWithoutChildren.Code.Length;
        var rc = new RawCode(rawWithoutChildren.Prelude, rawWithoutChildren.Code, children) { CodeFileOffset = codeFileOffset };
        CodeValidator.Validate(rc, tables, codeFileOffset, src);
        return rc;
    }

    private static RawCode ReadFunctionData(ByteSource src, TableSizes tables)
    {
        var (nState, nExcStack, flags, nPos, nKwOnly, nDefPos) = PreludeCodec.ReadSignature(src);
        var (nInfo, nCell) = PreludeCodec.ReadSize(src);
        var info = src.Sub(nInfo, "source info");
        var cells = src.Bytes(nCell, "closure info").ToArray();

        var simpleName = ReadQstrIndex(info, tables, "function name");
        if ((long)nPos + nKwOnly > info.Remaining)
        {
            throw info.Error($"{nPos + (long)nKwOnly} argument names do not fit in the source info");
        }

        var argNames = new int[nPos + nKwOnly];
        for (var i = 0; i < argNames.Length; i++)
        {
            argNames[i] = ReadQstrIndex(info, tables, "argument name");
        }

        var lineTable = info.Bytes(info.Remaining, "line table").ToArray();
        var code = src.Bytes(src.Remaining, "bytecode").ToArray();
        var prelude = new BytecodePrelude
        {
            NState = nState,
            NExcStack = nExcStack,
            Flags = flags,
            NPosArgs = nPos,
            NKwOnlyArgs = nKwOnly,
            NDefPosArgs = nDefPos,
            SimpleName = simpleName,
            ArgNames = argNames,
            LineTable = lineTable,
            Cells = cells,
        };
        return new RawCode(prelude, code, []);
    }

    private static int ReadQstrIndex(ByteSource src, TableSizes tables, string what) =>
        src.VarUInt(what + " qstr index", tables.Qstrs - 1);

    private static string ReadAscii(ByteSource src, string what)
    {
        var bytes = src.Bytes(src.VarUInt(what + " length", src.Remaining), what).Span;
        foreach (var b in bytes)
        {
            if (b is < 0x20 or > 0x7e)
            {
                throw src.Error($"{what} text has a non-printable byte 0x{b:x2}");
            }
        }

        return System.Text.Encoding.ASCII.GetString(bytes);
    }

    private static MpyInt ParseInt(string text, ByteSource src, int start)
    {
        var digits = text.StartsWith('-') ? text.AsSpan(1) : text.AsSpan();
        if (digits.IsEmpty || digits.ContainsAnyExcept("0123456789"))
        {
            throw src.ErrorAt($"int constant '{text}' is not a decimal number", start);
        }

        return new MpyInt(BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }

    private static double ParseFloatText(string text, ByteSource src, int start)
    {
        // MicroPython's own parser, not double.Parse: it is not always correctly rounded, and the
        // value must be the one the VM would load.
        try
        {
            var value = MicroPythonFloat.ParseLiteral(text, out var imaginary);
            if (!imaginary && text.Trim() == text)
            {
                return value;
            }
        }
        catch (FormatException)
        {
        }

        throw src.ErrorAt($"float constant '{text}' is not a number", start);
    }

    private static (double Real, double Imag) ParseComplexText(string text, ByteSource src, int start)
    {
        if (text.EndsWith('j') && !text.StartsWith('('))
        {
            return (0.0, ParseFloatText(text[..^1], src, start));
        }

        if (text.Length > 3 && text.StartsWith('(') && text.EndsWith("j)", StringComparison.Ordinal))
        {
            var inner = text[1..^2];
            for (var i = inner.Length - 1; i > 0; i--)
            {
                if ((inner[i] == '+' || inner[i] == '-') && inner[i - 1] != 'e')
                {
                    var imag = inner[i] == '+' ? inner[(i + 1)..] : inner[i..];
                    return (ParseFloatText(inner[..i], src, start), ParseFloatText(imag, src, start));
                }
            }
        }

        throw src.ErrorAt($"complex constant '{text}' is not a number", start);
    }

    private static MpyText DecodeUtf8(ReadOnlySpan<byte> bytes, ByteSource src, int start, string what) =>
        MpyText.TryDecode(bytes, out var text) ? text : throw src.ErrorAt($"{what} is not valid UTF-8", start);

    private static void ExpectNul(ByteSource src, string what)
    {
        if (src.Byte() != 0)
        {
            throw src.Error($"{what} is not NUL-terminated");
        }
    }
}
