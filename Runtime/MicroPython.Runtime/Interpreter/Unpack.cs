using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime.Interpreter;

/// <summary>Sequence unpacking for assignments.</summary>
internal static class Unpack
{
    public static object[] Exactly(object seq, int n)
    {
        if (seq is PyTuple or PyList)
        {
            var items = Seq.ToList(seq);
            if (items.Count < n)
            {
                throw Err.Value($"need more than {items.Count} values to unpack");
            }

            if (items.Count > n)
            {
                throw Err.Value($"too many values to unpack (expected {n})");
            }

            return [.. items];
        }

        var it = Iter.Get(seq);
        var r = new object[n];
        for (var i = 0; i < n; i++)
        {
            r[i] = Iter.Next(it) ?? throw Err.Value($"need more than {i} values to unpack");
        }

        if (Iter.Next(it) is not null)
        {
            throw Err.Value($"too many values to unpack (expected {n})");
        }

        return r;
    }

    public static object[] Starred(object seq, int before, int after)
    {
        var items = Seq.ToList(seq);
        if (items.Count < before + after)
        {
            throw Err.Value($"need more than {items.Count} values to unpack");
        }

        var r = new List<object>(before + after + 1);
        r.AddRange(items.Take(before));
        r.Add(new PyList(items.Skip(before).Take(items.Count - before - after)));
        r.AddRange(items.Skip(items.Count - after));
        return [.. r];
    }
}
