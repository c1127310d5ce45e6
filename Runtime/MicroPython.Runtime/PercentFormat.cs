using System.Numerics;
using System.Text;
using MicroPython.Bytecode.Numerics;
using MicroPython.Runtime.Builtins;
using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime;

/// <summary>printf-style <c>str % args</c>.</summary>
internal static class PercentFormat
{
    public static string Format(string fmt, object arg)
    {
        var args = arg is PyTuple t ? t.Items : [arg];
        var dict = arg as PyDict;
        var ai = 0;
        var sb = new StringBuilder();
        object Next() => ai < args.Length ? args[ai++] : throw Err.Type("format string needs more arguments");
        for (var i = 0; i < fmt.Length; i++)
        {
            var c = fmt[i];
            if (c != '%')
            {
                sb.Append(c);
                continue;
            }

            if (++i >= fmt.Length)
            {
                throw Err.Value("incomplete format");
            }

            object? keyed = null;
            if (fmt[i] == '(')
            {
                var close = fmt.IndexOf(')', i);
                keyed = Seq.GetItem(dict ?? throw Err.Type("format requires a dict"), fmt[(i + 1)..close]);
                i = close + 1;
            }

            bool left = false, plus = false, space = false, zero = false, alt = false;
            for (; i < fmt.Length && fmt[i] is '-' or '+' or ' ' or '0' or '#'; i++)
            {
                switch (fmt[i])
                {
                    case '-': left = true; break;
                    case '+': plus = true; break;
                    case ' ': space = true; break;
                    case '0': zero = true; break;
                    default: alt = true; break;
                }
            }

            var width = -1;
            if (i < fmt.Length && fmt[i] == '*')
            {
                width = (int)Ints.ToLong(Next());
                i++;
            }
            else
            {
                var ws = i;
                while (i < fmt.Length && char.IsAsciiDigit(fmt[i]))
                {
                    i++;
                }

                if (i > ws)
                {
                    width = int.Parse(fmt[ws..i], System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            var prec = -1;
            if (i < fmt.Length && fmt[i] == '.')
            {
                i++;
                if (i < fmt.Length && fmt[i] == '*')
                {
                    prec = (int)Ints.ToLong(Next());
                    i++;
                }
                else
                {
                    var ps = i;
                    while (i < fmt.Length && char.IsAsciiDigit(fmt[i]))
                    {
                        i++;
                    }

                    prec = i > ps ? int.Parse(fmt[ps..i], System.Globalization.CultureInfo.InvariantCulture) : 0;
                }
            }

            if (i >= fmt.Length)
            {
                throw Err.Value("incomplete format");
            }

            var type = fmt[i];
            if (type == '%')
            {
                sb.Append('%');
                continue;
            }

            var v = keyed ?? Next();
            string body;
            var sign = "";
            var numeric = true;
            switch (type)
            {
                case 's':
                case 'r':
                    body = type == 's' ? Repr.Str(v) : Repr.Of(v);
                    if (prec >= 0 && prec < body.Length)
                    {
                        body = body[..prec];
                    }

                    numeric = false;
                    break;
                case 'c':
                    body = v is string cs ? cs : char.ConvertFromUtf32((int)Ints.ToLong(v));
                    numeric = false;
                    break;
                case 'd' or 'i' or 'u' or 'x' or 'X' or 'o':
                    {
                        if (!Ints.IsInt(v) && v is not double)
                        {
                            throw Err.Type($"%{type} format: a number is required, not {Types.Of(v).Name}");
                        }

                        var big = v is double dv ? new BigInteger(Math.Truncate(dv)) : Ints.Big(v);
                        var radix = type switch { 'x' or 'X' => 16, 'o' => 8, _ => 10 };
                        body = BuiltinFunctions.ToRadix(BigInteger.Abs(big), radix);
                        if (type == 'X')
                        {
                            body = body.ToUpperInvariant();
                        }

                        if (alt && radix != 10)
                        {
                            body = (type switch { 'x' => "0x", 'X' => "0X", _ => "0o" }) + body;
                        }

                        if (prec >= 0 && body.Length < prec)
                        {
                            body = new string('0', prec - body.Length) + body;
                        }

                        sign = big.Sign < 0 ? "-" : plus ? "+" : space ? " " : "";
                        break;
                    }

                case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                    {
                        var d = Floats.ToDouble(v);
                        body = FloatPolicy.Format(d, type, prec < 0 ? 6 : prec);
                        if (body.StartsWith('-'))
                        {
                            sign = "-";
                            body = body[1..];
                        }
                        else
                        {
                            sign = plus ? "+" : space ? " " : "";
                        }

                        break;
                    }

                default:
                    throw Err.Value($"unsupported format character '{type}' (0x{(int)type:x}) at index {i}");
            }

            var content = sign + body;
            var pad = width - content.Length;
            if (pad > 0)
            {
                content = left ? content + new string(' ', pad)
                    : zero && numeric ? sign + new string('0', pad) + body
                    : new string(' ', pad) + content;
            }

            sb.Append(content);
        }

        if (ai < args.Length && dict is null)
        {
            throw Err.Type("format string didn't convert all arguments");
        }

        return sb.ToString();
    }
}
