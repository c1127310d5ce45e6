using System.Numerics;
using System.Text;
using MicroPython.Bytecode.Numerics;
using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime.Builtins;

/// <summary>The format-spec mini-language of format() and str.format.</summary>
internal static class FormatSpec
{
    public static string Format(object value, string spec)
    {
        if (value is PyInstance inst && inst.Class.Lookup("__format__") is { } f)
        {
            return (string)Calls.CallMethod(f, inst, [spec]);
        }

        if (spec.Length == 0)
        {
            return Repr.Str(value);
        }

        var i = 0;
        char fill = ' ', align = '\0', sign = '\0', type = '\0';
        bool alt = false, zero = false;
        var width = -1;
        var precision = -1;
        char grouping = '\0';
        if (spec.Length > 1 && spec[1] is '<' or '>' or '^' or '=')
        {
            fill = spec[0];
            align = spec[1];
            i = 2;
        }
        else if (spec[0] is '<' or '>' or '^' or '=')
        {
            align = spec[0];
            i = 1;
        }

        if (i < spec.Length && spec[i] is '+' or '-' or ' ')
        {
            sign = spec[i++];
        }

        if (i < spec.Length && spec[i] == '#')
        {
            alt = true;
            i++;
        }

        if (i < spec.Length && spec[i] == '0')
        {
            zero = true;
            i++;
        }

        var ws = i;
        while (i < spec.Length && char.IsAsciiDigit(spec[i]))
        {
            i++;
        }

        if (i > ws)
        {
            width = int.Parse(spec[ws..i], System.Globalization.CultureInfo.InvariantCulture);
        }

        if (i < spec.Length && spec[i] is ',' or '_')
        {
            grouping = spec[i++];
        }

        if (i < spec.Length && spec[i] == '.')
        {
            var ps = ++i;
            while (i < spec.Length && char.IsAsciiDigit(spec[i]))
            {
                i++;
            }

            precision = int.Parse(spec[ps..i], System.Globalization.CultureInfo.InvariantCulture);
        }

        if (i < spec.Length)
        {
            type = spec[i++];
        }

        if (i < spec.Length)
        {
            throw Err.Value("invalid format specifier");
        }

        if (zero && align == '\0')
        {
            fill = '0';
            align = '=';
        }

        string body;
        var signText = "";
        var prefix = "";
        var numeric = true;
        var v = value is PyInstance { Native: { } n } ? n : value;
        if (Ints.IsInt(v) && type is '\0' or 'd' or 'b' or 'o' or 'x' or 'X' or 'c' or 'n')
        {
            var big = Ints.Big(v);
            if (type == 'c')
            {
                body = char.ConvertFromUtf32((int)big);
                numeric = false;
            }
            else
            {
                var radix = type switch { 'b' => 2, 'o' => 8, 'x' or 'X' => 16, _ => 10 };
                body = BuiltinFunctions.ToRadix(BigInteger.Abs(big), radix);
                if (type == 'X')
                {
                    body = body.ToUpperInvariant();
                }

                if (alt && radix != 10)
                {
                    prefix = type switch { 'b' => "0b", 'o' => "0o", 'x' => "0x", _ => "0X" };
                }

                if (grouping != '\0')
                {
                    body = Group(body, grouping, radix == 10 ? 3 : 4);
                }

                signText = big.Sign < 0 ? "-" : sign is '+' or ' ' ? sign.ToString() : "";
            }
        }
        else if (Ops.IsNumber(v) && v is not PyComplex)
        {
            var d = Floats.ToDouble(v);
            var t = type == '\0' ? 'g' : type;
            if (t is not ('e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%'))
            {
                throw Err.Value($"unknown format code '{type}' for object of type 'float'");
            }

            if (t == '%')
            {
                d *= 100;
            }

            var text = type == '\0' && precision < 0
                ? FloatPolicy.Repr(d)
                : FloatPolicy.Format(d, t == '%' ? 'f' : t, precision < 0 ? 6 : precision);
            if (text.StartsWith('-'))
            {
                signText = "-";
                text = text[1..];
            }
            else if (sign is '+' or ' ' && !double.IsNaN(d))
            {
                signText = sign.ToString();
            }

            if (grouping != '\0')
            {
                var dot = text.IndexOfAny(['.', 'e', 'E']);
                text = dot < 0 ? Group(text, grouping, 3) : Group(text[..dot], grouping, 3) + text[dot..];
            }

            body = text + (t == '%' ? "%" : "");
        }
        else
        {
            if (type is not ('\0' or 's'))
            {
                throw Err.Value($"unknown format code '{type}' for object of type '{Types.Of(v).Name}'");
            }

            body = Repr.Str(value);
            if (precision >= 0 && precision < body.Length)
            {
                body = body[..precision];
            }

            numeric = false;
        }

        if (align == '\0')
        {
            align = numeric ? '>' : '<';
        }

        var content = signText + prefix + body;
        var pad = width - content.Length;
        if (pad <= 0)
        {
            return content;
        }

        return align switch
        {
            '<' => content + new string(fill, pad),
            '^' => new string(fill, pad / 2) + content + new string(fill, pad - (pad / 2)),
            '=' => signText + prefix + new string(fill, pad) + body,
            _ => new string(fill, pad) + content,
        };
    }

    private static string Group(string digits, char sep, int size)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % size == 0)
            {
                sb.Append(sep);
            }

            sb.Append(digits[i]);
        }

        return sb.ToString();
    }
}

/// <summary>str.format.</summary>
internal static class StrFormat
{
    public static string Format(string fmt, object[] args, KwArgs? kw)
    {
        var auto = 0;
        return Format(fmt, args, kw, ref auto);
    }

    // Nested fields in a spec ('{:{}.{}f}') take their automatic numbers from the same counter.
    private static string Format(string fmt, object[] args, KwArgs? kw, ref int auto)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < fmt.Length; i++)
        {
            var c = fmt[i];
            if (c == '}')
            {
                if (i + 1 < fmt.Length && fmt[i + 1] == '}')
                {
                    i++;
                    sb.Append('}');
                    continue;
                }

                throw Err.Value("single '}' encountered in format string");
            }

            if (c != '{')
            {
                sb.Append(c);
                continue;
            }

            if (i + 1 < fmt.Length && fmt[i + 1] == '{')
            {
                i++;
                sb.Append('{');
                continue;
            }

            var depth = 1;
            var j = i + 1;
            while (j < fmt.Length && depth > 0)
            {
                if (fmt[j] == '{')
                {
                    depth++;
                }
                else if (fmt[j] == '}')
                {
                    depth--;
                }

                j++;
            }

            if (depth > 0)
            {
                throw Err.Value("expected '}' before end of string");
            }

            var field = fmt[(i + 1)..(j - 1)];
            i = j - 1;
            string spec = "";
            char conv = '\0';
            var colon = field.IndexOf(':');
            if (colon >= 0)
            {
                spec = field[(colon + 1)..];
                field = field[..colon];
            }

            var bang = field.IndexOf('!');
            if (bang >= 0)
            {
                conv = field[bang + 1];
                field = field[..bang];
            }

            var nameEnd = field.IndexOfAny(['.', '[']);
            var head = nameEnd < 0 ? field : field[..nameEnd];
            object value;
            if (head.Length == 0)
            {
                if (auto >= args.Length)
                {
                    throw Err.Index("tuple index out of range");
                }

                value = args[auto++];
            }
            else if (char.IsAsciiDigit(head[0]))
            {
                var idx = int.Parse(head, System.Globalization.CultureInfo.InvariantCulture);
                value = idx < args.Length ? args[idx] : throw Err.Index("tuple index out of range");
            }
            else
            {
                value = Args.Kw(kw, head) ?? throw Err.Key(head);
            }

            if (spec.Contains('{'))
            {
                spec = Format(spec, args, kw, ref auto);
            }

            if (nameEnd >= 0)
            {
                // MicroPython's str.format takes plain names and numbers only.
                throw Err.Make(Types.NotImplementedError, "attributes not supported");
            }

            if (conv == 'r')
            {
                value = Repr.Of(value);
            }
            else if (conv == 's')
            {
                value = Repr.Str(value);
            }

            sb.Append(FormatSpec.Format(value, spec));
        }

        return sb.ToString();
    }
}
