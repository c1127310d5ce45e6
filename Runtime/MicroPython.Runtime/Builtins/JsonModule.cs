using System.Globalization;
using System.Text;
using MicroPython.Bytecode.Numerics;
using MicroPython.Runtime.Objects;
using static MicroPython.Runtime.Builtins.Args;

namespace MicroPython.Runtime.Builtins;

/// <summary>The json module (dump, dumps, load and loads).</summary>
internal static class JsonModule
{
    public static void Fill(PyDict g)
    {
        Def(g, "dumps", (a, kw) =>
        {
            var sb = new StringBuilder();
            var sep = Kw(kw, "separators") is { } given && given != Ops.None && Seq.ToList(given) is [var item, var key] ? (Str(item), Str(key)) : (", ", ": ");
            Dump(sb, a[0], sep);
            return sb.ToString();
        });
        Def(g, "dump", (a, kw) =>
        {
            var dumps = (PyBuiltin)g.Table.Get("dumps")!;
            Calls.Call(Attr.Get(a[1], "write"), [dumps.Body([a[0]], kw)]);
            return Ops.None;
        });
        Def(g, "loads", (a, _) => Load(a[0] is string s ? s : TypeMakers.Decode(Seq.Bytes(a[0]))));
        Def(g, "load", (a, _) => Load(Calls.Call(Attr.Get(a[0], "read"), []) is var r && r is string s ? s : TypeMakers.Decode(Seq.Bytes(r))));
    }

    private static object Load(string text)
    {
        var i = 0;
        var v = Parse(text, ref i);
        Skip(text, ref i);
        return i == text.Length ? v : throw Err.Value("syntax error in JSON");
    }

    // MicroPython writes a key that is not a str as its JSON text in quotes: {"null": 1}, {"1.5": 2}.
    private static string KeyText(object key, (string Item, string Key) sep)
    {
        var text = new StringBuilder();
        Dump(text, key, sep);
        return text.ToString();
    }

    private static void Dump(StringBuilder sb, object v, (string Item, string Key) sep)
    {
        using var nesting = NestingGuard.Enter();
        switch (v)
        {
            case string s:
                sb.Append('"');
                foreach (var c in s)
                {
                    sb.Append(c switch
                    {
                        '"' => "\\\"",
                        '\\' => "\\\\",
                        '\n' => "\\n",
                        '\r' => "\\r",
                        '\t' => "\\t",
                        < ' ' => $"\\u{(int)c:x4}",
                        _ => c.ToString(),
                    });
                }

                sb.Append('"');
                break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case PySingleton n when n == PySingleton.None: sb.Append("null"); break;
            case double d: sb.Append(FloatPolicy.Repr(d)); break;
            case PyList or PyTuple:
                {
                    sb.Append('[');
                    var first = true;
                    foreach (var x in Seq.ToList(v))
                    {
                        if (!first)
                        {
                            sb.Append(sep.Item);
                        }

                        first = false;
                        Dump(sb, x, sep);
                    }

                    sb.Append(']');
                    break;
                }

            case PyDict d:
                {
                    sb.Append('{');
                    var first = true;
                    foreach (var e in d.Table.Entries())
                    {
                        if (!first)
                        {
                            sb.Append(sep.Item);
                        }

                        first = false;
                        Dump(sb, e.Key is string ? e.Key : KeyText(e.Key, sep), sep);
                        sb.Append(sep.Key);
                        Dump(sb, e.Value!, sep);
                    }

                    sb.Append('}');
                    break;
                }

            default:
                if (Ints.IsInt(v))
                {
                    sb.Append(Repr.Of(v));
                    break;
                }

                throw Err.Type($"can't convert {Types.Of(v).Name} to json");
        }
    }

    private static void Skip(string s, ref int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }
    }

    private static object Parse(string s, ref int i)
    {
        Skip(s, ref i);
        if (i >= s.Length)
        {
            throw Err.Value("syntax error in JSON");
        }

        var c = s[i];
        switch (c)
        {
            case '{':
                {
                    i++;
                    var d = new PyDict();
                    Skip(s, ref i);
                    if (i < s.Length && s[i] == '}')
                    {
                        i++;
                        return d;
                    }

                    while (true)
                    {
                        var k = Parse(s, ref i);
                        Skip(s, ref i);
                        Expect(s, ref i, ':');
                        d[k] = Parse(s, ref i);
                        Skip(s, ref i);
                        if (i < s.Length && s[i] == ',')
                        {
                            i++;
                            continue;
                        }

                        Expect(s, ref i, '}');
                        return d;
                    }
                }

            case '[':
                {
                    i++;
                    var l = new PyList();
                    Skip(s, ref i);
                    if (i < s.Length && s[i] == ']')
                    {
                        i++;
                        return l;
                    }

                    while (true)
                    {
                        l.Items.Add(Parse(s, ref i));
                        Skip(s, ref i);
                        if (i < s.Length && s[i] == ',')
                        {
                            i++;
                            continue;
                        }

                        Expect(s, ref i, ']');
                        return l;
                    }
                }

            case '"':
                {
                    i++;
                    var sb = new StringBuilder();
                    while (i < s.Length && s[i] != '"')
                    {
                        if (s[i] == '\\')
                        {
                            i++;
                            var e = s[i];
                            if (e == 'u')
                            {
                                sb.Append((char)int.Parse(s.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                                i += 5;
                                continue;
                            }

                            sb.Append(e switch { 'n' => '\n', 't' => '\t', 'r' => '\r', 'b' => '\b', 'f' => '\f', _ => e });
                            i++;
                        }
                        else
                        {
                            sb.Append(s[i++]);
                        }
                    }

                    Expect(s, ref i, '"');
                    return sb.ToString();
                }
        }

        foreach (var (word, value) in new (string, object)[] { ("true", true), ("false", false), ("null", PySingleton.None) })
        {
            if (string.CompareOrdinal(s, i, word, 0, word.Length) == 0)
            {
                i += word.Length;
                return value;
            }
        }

        var start = i;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] is '-' or '+' or '.' or 'e' or 'E'))
        {
            i++;
        }

        var num = s[start..i];
        if (num.Length == 0)
        {
            throw Err.Value("syntax error in JSON");
        }

        return num.IndexOfAny(['.', 'e', 'E']) >= 0 ? MicroPythonFloat.Parse(num) : Ints.Parse(num, 10);
    }

    private static void Expect(string s, ref int i, char c)
    {
        if (i >= s.Length || s[i] != c)
        {
            throw Err.Value("syntax error in JSON");
        }

        i++;
    }
}
