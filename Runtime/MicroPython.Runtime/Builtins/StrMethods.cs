using System.Text;
using MicroPython.Runtime.Objects;
using static MicroPython.Runtime.Builtins.Args;

namespace MicroPython.Runtime.Builtins;

/// <summary>The methods of str (and the shared ones of bytes).</summary>
internal static class StrMethods
{
    private const string Space = " \t\n\r\v\f";

    public static void Install()
    {
        var t = Types.Str;
        // MicroPython changes and classifies the case of ASCII letters only.
        Def(t, "upper", a => AsciiUpper(S(a)));
        Def(t, "lower", a => AsciiLower(S(a)));
        Def(t, "strip", a => Strip(S(a), a, true, true));
        Def(t, "lstrip", a => Strip(S(a), a, true, false));
        Def(t, "rstrip", a => Strip(S(a), a, false, true));
        Def(t, "split", (a, kw) => Split(S(a), Kw(kw, "sep") ?? Opt(a, 1, Ops.None), Ints.ToLong(Kw(kw, "maxsplit") ?? Opt(a, 2, -1L))));
        Def(t, "rsplit", (a, kw) => RSplit(S(a), Kw(kw, "sep") ?? Opt(a, 1, Ops.None), Ints.ToLong(Kw(kw, "maxsplit") ?? Opt(a, 2, -1L))));
        Def(t, "splitlines", (a, kw) => SplitLines(S(a), Ops.Truth(Kw(kw, "keepends") ?? Opt(a, 1, false))));
        Def(t, "join", a => Join(S(a), a[1]));
        Def(t, "replace", a => Replace(S(a), Str(a[1]), Str(a[2]), a.Length > 3 ? Ints.ToLong(a[3]) : -1));
        Def(t, "startswith", a => Affix(S(a), a, true));
        Def(t, "endswith", a => Affix(S(a), a, false));
        Def(t, "find", a => Find(S(a), a, false, false));
        Def(t, "rfind", a => Find(S(a), a, true, false));
        Def(t, "index", a => Find(S(a), a, false, true));
        Def(t, "rindex", a => Find(S(a), a, true, true));
        Def(t, "count", a => Count(S(a), a));
        Def(t, "isdigit", a => S(a).Length > 0 && S(a).All(char.IsAsciiDigit));
        Def(t, "isalpha", a => S(a).Length > 0 && S(a).All(char.IsAsciiLetter));
        Def(t, "isspace", a => S(a).Length > 0 && S(a).All(c => Space.Contains(c)));
        Def(t, "isupper", a => S(a).Any(char.IsAsciiLetter) && !S(a).Any(char.IsAsciiLetterLower));
        Def(t, "islower", a => S(a).Any(char.IsAsciiLetter) && !S(a).Any(char.IsAsciiLetterUpper));
        Def(t, "center", a => a.Length == 2 ? Pad(S(a), a, 'c') : throw Err.Type($"function takes 2 positional arguments but {a.Length} were given"));
        Def(t, "partition", a => Partition(S(a), Str(a[1]), false));
        Def(t, "rpartition", a => Partition(S(a), Str(a[1]), true));
        Def(t, "encode", a => new PyBytes(Encoding.UTF8.GetBytes(S(a))));
        Def(t, "format", (a, kw) => StrFormat.Format(S(a), [.. a.Skip(1)], kw));

        var b = Types.Bytes;
        Def(b, "decode", a => TypeMakers.Decode(Seq.Bytes(a[0])));
        Def(b, "hex", a =>
        {
            var hex = Convert.ToHexStringLower(Seq.Bytes(a[0]));
            if (a.Length < 2 || hex.Length == 0)
            {
                return hex;
            }

            var sep = a[1] is string text ? text : Encoding.Latin1.GetString(Seq.Bytes(a[1]));
            return string.Join(sep, Enumerable.Range(0, hex.Length / 2).Select(i => hex.Substring(2 * i, 2)));
        });
        Def(b, "join", a => new PyBytes([.. Seq.ToList(a[1]).SelectMany((x, i) => i == 0 ? Seq.Bytes(x) : [.. Seq.Bytes(a[0]), .. Seq.Bytes(x)])]));
        Def(b, "upper", a => new PyBytes(Encoding.Latin1.GetBytes(AsciiUpper(Encoding.Latin1.GetString(Seq.Bytes(a[0]))))));
        Def(b, "lower", a => new PyBytes(Encoding.Latin1.GetBytes(AsciiLower(Encoding.Latin1.GetString(Seq.Bytes(a[0]))))));
        foreach (var name in new[] { "startswith", "endswith", "find", "count", "replace", "split", "strip", "rfind", "index", "rindex", "rsplit", "lstrip", "rstrip", "partition", "rpartition", "center", "isdigit", "isalpha", "isspace", "isupper", "islower", "splitlines" })
        {
            var strMethod = (PyBuiltin)t.Dict.Table.Get(name)!;
            b.Dict[name] = new PyBuiltin(name, (a, kw) => ToBytes(strMethod.Body([.. a.Select((x, i) => i > 0 && x is string ? throw Err.Type("can't convert 'str' object to bytes implicitly") : FromBytes(x))], kw)));
        }

        Types.Bytes.Dict["fromhex"] = new PyStaticMethod(new PyBuiltin("fromhex", (a, _) => new PyBytes(Convert.FromHexString(Str(a[0]).Replace(" ", "")))));
        var ba = Types.ByteArray;
        foreach (var name in new[] { "decode", "hex", "startswith", "endswith", "find", "count" })
        {
            ba.Dict[name] = b.Dict.Table.Get(name);
        }

        foreach (var e in b.Dict.Table.Snapshot())
        {
            if (ba.Dict.Table.Get(e.Key) is null && e.Value is PyBuiltin bytesMethod)
            {
                ba.Dict[e.Key] = new PyBuiltin(bytesMethod.Name, (a, kw) => ToByteArray(bytesMethod.Body(a, kw)));
            }
        }

        Def(ba, "append", a => { ((PyByteArray)a[0]).Data.Add((byte)Ints.ToLong(a[1])); return Ops.None; });
        Def(ba, "extend", a => { ((PyByteArray)a[0]).Data.AddRange(Seq.Bytes(a[1])); return Ops.None; });
    }

    private static string S(object[] a) => Str(a[0]);

    private static string AsciiUpper(string s) => string.Concat(s.Select(c => char.IsAsciiLetterLower(c) ? char.ToUpperInvariant(c) : c));

    private static string AsciiLower(string s) => string.Concat(s.Select(c => char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : c));

    // bytes methods reuse the str ones over Latin-1 text, which maps each byte to one char and back.
    private static object FromBytes(object o) => o is PyBytes or PyByteArray ? Encoding.Latin1.GetString(Seq.Bytes(o)) : o;

    private static object ToByteArray(object o) => o switch
    {
        PyBytes b => new PyByteArray(b.Data),
        PyList l => new PyList(l.Items.Select(ToByteArray)),
        PyTuple t => new PyTuple([.. t.Items.Select(ToByteArray)]),
        _ => o,
    };

    private static object ToBytes(object o) => o switch
    {
        string s => new PyBytes(Encoding.Latin1.GetBytes(s)),
        PyList l => new PyList(l.Items.Select(ToBytes)),
        PyTuple t => new PyTuple([.. t.Items.Select(ToBytes)]),
        _ => o,
    };

    private static string Strip(string s, object[] a, bool left, bool right)
    {
        var chars = a.Length > 1 && a[1] != Ops.None ? Str(a[1]).ToCharArray() : Space.ToCharArray();
        if (left)
        {
            s = s.TrimStart(chars);
        }

        return right ? s.TrimEnd(chars) : s;
    }

    public static object Split(string s, object sep, long max)
    {
        var r = new PyList();
        if (sep == Ops.None)
        {
            var i = 0;
            while (true)
            {
                while (i < s.Length && Space.Contains(s[i]))
                {
                    i++;
                }

                if (i >= s.Length)
                {
                    break;
                }

                if (max == 0)
                {
                    r.Items.Add(s[i..]);
                    break;
                }

                var j = i;
                while (j < s.Length && !Space.Contains(s[j]))
                {
                    j++;
                }

                r.Items.Add(s[i..j]);
                max--;
                i = j;
            }

            return r;
        }

        var sp = Str(sep);
        if (sp.Length == 0)
        {
            throw Err.Value("empty separator");
        }

        var start = 0;
        while (max != 0)
        {
            var k = s.IndexOf(sp, start, StringComparison.Ordinal);
            if (k < 0)
            {
                break;
            }

            r.Items.Add(s[start..k]);
            start = k + sp.Length;
            max--;
        }

        r.Items.Add(s[start..]);
        return r;
    }

    private static object RSplit(string s, object sep, long max)
    {
        if (max < 0)
        {
            return Split(s, sep, max);
        }

        if (sep == Ops.None)
        {
            var parts = ((PyList)Split(s, sep, -1)).Items;
            if (parts.Count <= max + 1)
            {
                return new PyList(parts);
            }

            var keep = parts.Skip(parts.Count - (int)max).ToList();
            var trimmed = s.TrimEnd(Space.ToCharArray());
            var headEnd = trimmed.Length;
            for (var i = 0; i < max; i++)
            {
                headEnd = trimmed.LastIndexOfAny(Space.ToCharArray(), headEnd - 1);
                trimmed = trimmed[..headEnd].TrimEnd(Space.ToCharArray());
                headEnd = trimmed.Length;
            }

            return new PyList([trimmed, .. keep]);
        }

        var sp = Str(sep);
        var r = new List<object>();
        var end = s.Length;
        while (max != 0)
        {
            var k = end - sp.Length < 0 ? -1 : s.LastIndexOf(sp, end - 1, StringComparison.Ordinal);
            if (k < 0 || k + sp.Length > end)
            {
                break;
            }

            r.Insert(0, s[(k + sp.Length)..end]);
            end = k;
            max--;
        }

        r.Insert(0, s[..end]);
        return new PyList(r);
    }

    private static object SplitLines(string s, bool keep)
    {
        var r = new PyList();
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] is '\n' or '\r')
            {
                var end = i;
                if (s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n')
                {
                    i++;
                }

                r.Items.Add(keep ? s[start..(i + 1)] : s[start..end]);
                start = i + 1;
            }
        }

        if (start < s.Length)
        {
            r.Items.Add(s[start..]);
        }

        return r;
    }

    private static string Join(string sep, object items)
    {
        var parts = Seq.ToList(items);
        var sb = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(sep);
            }

            sb.Append(parts[i] as string ?? throw Err.Type($"join expects a list of str/bytes objects consistent with self object"));
        }

        return sb.ToString();
    }

    private static string Replace(string s, string old, string @new, long count)
    {
        if (count < 0)
        {
            return old.Length == 0 ? string.Join(@new, s.Select(c => c.ToString()).Prepend("").Append("")) : s.Replace(old, @new, StringComparison.Ordinal);
        }

        var sb = new StringBuilder();
        var start = 0;
        while (count-- > 0)
        {
            var k = s.IndexOf(old, start, StringComparison.Ordinal);
            if (k < 0)
            {
                break;
            }

            sb.Append(s, start, k - start).Append(@new);
            start = k + Math.Max(old.Length, 0);
            if (old.Length == 0)
            {
                if (start < s.Length)
                {
                    sb.Append(s[start]);
                }

                start++;
            }
        }

        if (start <= s.Length)
        {
            sb.Append(s, start, s.Length - start);
        }

        return sb.ToString();
    }

    private static bool Affix(string s, object[] a, bool prefix)
    {
        int Bound(int i, int dflt) => a.Length > i && a[i] != Ops.None ? Math.Clamp((int)Ints.ToLong(a[i]) is var v && v < 0 ? v + s.Length : v, 0, s.Length) : dflt;
        var start = Bound(2, 0);
        var end = Math.Max(start, Bound(3, s.Length));
        var sub = s[start..end];
        var cands = a[1] is PyTuple t ? t.Items.Select(Str) : [Str(a[1])];
        return cands.Any(c => prefix ? sub.StartsWith(c, StringComparison.Ordinal) : sub.EndsWith(c, StringComparison.Ordinal));
    }

    private static object Find(string s, object[] a, bool reverse, bool raise)
    {
        var sub = Str(a[1]);
        var start = a.Length > 2 && a[2] != Ops.None ? (int)Ints.ToLong(a[2]) : 0;
        var end = a.Length > 3 && a[3] != Ops.None ? (int)Ints.ToLong(a[3]) : s.Length;
        start = Math.Clamp(start < 0 ? start + s.Length : start, 0, s.Length);
        end = Math.Clamp(end < 0 ? end + s.Length : end, 0, s.Length);
        var k = -1;
        if (end >= start)
        {
            var region = s[start..end];
            k = reverse ? region.LastIndexOf(sub, StringComparison.Ordinal) : region.IndexOf(sub, StringComparison.Ordinal);
            if (k >= 0)
            {
                k += start;
            }
        }

        if (k < 0 && raise)
        {
            throw Err.Value("substring not found");
        }

        return (long)k;
    }

    private static long Count(string s, object[] a)
    {
        var sub = Str(a[1]);
        var start = a.Length > 2 && a[2] != Ops.None ? (int)Ints.ToLong(a[2]) : 0;
        var end = a.Length > 3 && a[3] != Ops.None ? (int)Ints.ToLong(a[3]) : s.Length;
        start = Math.Clamp(start < 0 ? start + s.Length : start, 0, s.Length);
        end = Math.Clamp(end < 0 ? end + s.Length : end, 0, s.Length);
        if (end < start)
        {
            return 0;
        }

        var region = s[start..end];
        if (sub.Length == 0)
        {
            return region.Length + 1;
        }

        long n = 0;
        for (var k = region.IndexOf(sub, StringComparison.Ordinal); k >= 0; k = region.IndexOf(sub, k + sub.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    private static string Pad(string s, object[] a, char align)
    {
        var width = (int)Ints.ToLong(a[1]);
        var fill = a.Length > 2 ? Str(a[2])[0] : ' ';
        var n = width - s.Length;
        if (n <= 0)
        {
            return s;
        }

        return align switch
        {
            '<' => s + new string(fill, n),
            '>' => new string(fill, n) + s,
            _ => new string(fill, n / 2) + s + new string(fill, n - (n / 2)),
        };
    }

    private static object Partition(string s, string sep, bool reverse)
    {
        if (sep.Length == 0)
        {
            throw Err.Value("empty separator");
        }

        var k = reverse ? s.LastIndexOf(sep, StringComparison.Ordinal) : s.IndexOf(sep, StringComparison.Ordinal);
        if (k < 0)
        {
            return reverse ? new PyTuple(["", "", s]) : new PyTuple([s, "", ""]);
        }

        return new PyTuple([s[..k], sep, s[(k + sep.Length)..]]);
    }
}
