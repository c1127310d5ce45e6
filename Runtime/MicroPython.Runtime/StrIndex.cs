using System.Text;
using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime;

/// <summary>Indexes strings by code point, as MicroPython's unicode str does, not by UTF-16 unit.</summary>
internal static class StrIndex
{
    private static bool Simple(string s)
    {
        foreach (var c in s)
        {
            if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    public static string[] CodePoints(string s)
    {
        if (Simple(s))
        {
            return [.. s.Select(c => c.ToString())];
        }

        return [.. s.EnumerateRunes().Select(r => r.ToString())];
    }

    public static int Length(string s) => Simple(s) ? s.Length : s.EnumerateRunes().Count();

    public static object Get(string s, object index)
    {
        if (Simple(s))
        {
            if (index is PySlice sl)
            {
                var idx = Seq.SliceRange(sl, s.Length);
                var sb = new StringBuilder(idx.Count);
                foreach (var i in idx)
                {
                    sb.Append(s[i]);
                }

                return sb.ToString();
            }

            return s[Seq.Index(index, s.Length, "string")].ToString();
        }

        var cps = CodePoints(s);
        if (index is PySlice sl2)
        {
            return string.Concat(Seq.SliceRange(sl2, cps.Length).Select(i => cps[i]));
        }

        return cps[Seq.Index(index, cps.Length, "string")];
    }
}
