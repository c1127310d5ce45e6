using System.Numerics;
using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime;

/// <summary>Length, subscripting, membership and iteration.</summary>
internal static class Seq
{
    public static byte[] Bytes(object o) => o switch
    {
        PyBytes b => b.Data,
        PyByteArray b => [.. b.Data],
        _ => throw Err.Type($"object with buffer protocol required"),
    };

    public static long Len(object o)
    {
        switch (o)
        {
            case string s: return StrIndex.Length(s);
            case PyList l: return l.Items.Count;
            case PyTuple t: return t.Items.Length;
            case PyDict d: return d.Count;
            case PySet s: return s.Table.Count;
            case PyBytes b: return b.Data.Length;
            case PyByteArray b: return b.Data.Count;
            case PyRange r: return r.Length;
            case Builtins.DictView v: return v.Count;
            case PyInstance inst when inst.Class.Lookup("__len__") is { } f:
                return Ints.ToLong(Calls.CallMethod(f, inst, []));
            case PyInstance { Native: { } n }: return Len(n);
        }

        throw Err.Type($"object of type '{Types.Of(o).Name}' has no len()");
    }

    /// <summary>Normalises an index for a sequence of <paramref name="len"/> items, raising IndexError.</summary>
    public static int Index(object index, int len, string what)
    {
        if (!Ints.IsInt(index))
        {
            throw Err.Type($"{what} indices must be integers, not {Types.Of(index).Name}");
        }

        var i = index is BigInteger ? long.MaxValue : Ints.ToLong(index);
        if (i < 0)
        {
            i += len;
        }

        if (i < 0 || i >= len)
        {
            throw Err.Index($"{what} index out of range");
        }

        return (int)i;
    }

    /// <summary>The start, stop and step a slice selects from <paramref name="len"/> items (Python's rules).</summary>
    public static (int Start, int Stop, int Step) SliceIndices(PySlice s, int len)
    {
        long step = s.Step == Ops.None ? 1 : Ints.ToLong(s.Step);
        if (step == 0)
        {
            throw Err.Value("slice step can't be zero");
        }

        long Clamp(object v, long dflt)
        {
            if (v == Ops.None)
            {
                return dflt;
            }

            var x = v is BigInteger bi ? (bi.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2) : Ints.ToLong(v);
            if (x < 0)
            {
                x += len;
                if (x < 0)
                {
                    x = step < 0 ? -1 : 0;
                }
            }
            else if (x >= len)
            {
                x = step < 0 ? len - 1 : len;
            }

            return x;
        }

        var start = Clamp(s.Start, step < 0 ? len - 1 : 0);
        var stop = Clamp(s.Stop, step < 0 ? -1 : len);
        return ((int)start, (int)stop, (int)step);
    }

    public static List<int> SliceRange(PySlice s, int len)
    {
        var (start, stop, step) = SliceIndices(s, len);
        var r = new List<int>();
        if (step > 0)
        {
            for (var i = start; i < stop; i += step)
            {
                r.Add(i);
            }
        }
        else
        {
            for (var i = start; i > stop; i += step)
            {
                r.Add(i);
            }
        }

        return r;
    }

    /// <summary>str, bytes and tuple only slice with step 1 in MicroPython.</summary>
    public static void RequireUnitStep(PySlice s)
    {
        if (s.Step != Ops.None && !(Ints.IsInt(s.Step) && Ints.ToLong(s.Step) == 1))
        {
            throw Err.Make(Types.NotImplementedError, "only slices with step=1 (aka None) are supported");
        }
    }

    public static object GetItem(object o, object index)
    {
        if (index is PySlice unit && o is string or PyTuple or PyBytes)
        {
            RequireUnitStep(unit);
        }

        switch (o)
        {
            case PyList l:
                if (index is PySlice ls)
                {
                    return new PyList(SliceRange(ls, l.Items.Count).Select(i => l.Items[i]));
                }

                return l.Items[Index(index, l.Items.Count, "list")];
            case PyTuple t:
                if (index is PySlice ts)
                {
                    return new PyTuple([.. SliceRange(ts, t.Items.Length).Select(i => t.Items[i])]);
                }

                return t.Items[Index(index, t.Items.Length, "tuple")];
            case string s:
                return StrIndex.Get(s, index);
            case PyDict d:
                if (d.Table.Get(index) is { } v)
                {
                    return v;
                }

                throw Err.Key(index);
            case PyBytes b:
                if (index is PySlice bs)
                {
                    return new PyBytes([.. SliceRange(bs, b.Data.Length).Select(i => b.Data[i])]);
                }

                return (long)b.Data[Index(index, b.Data.Length, "bytes")];
            case PyByteArray ba:
                if (index is PySlice bas)
                {
                    return new PyByteArray(SliceRange(bas, ba.Data.Count).Select(i => ba.Data[i]));
                }

                return (long)ba.Data[Index(index, ba.Data.Count, "bytearray")];
            case PyRange r:
                if (index is PySlice rs)
                {
                    var (start, stop, step) = SliceIndices(rs, (int)r.Length);
                    return new PyRange(r.Start + start * r.Step, r.Start + stop * r.Step, r.Step * step);
                }

                return r.Start + Index(index, (int)r.Length, "range") * r.Step;
            case PyInstance inst when inst.Class.Lookup("__getitem__") is { } f:
                return Calls.CallMethod(f, inst, [index]);
            case PyInstance { Native: { } n }:
                return GetItem(n, index);
            case PyType t when t.Lookup("__class_getitem__") is { } cg:
                return Calls.Call(cg is PyClassMethod cm ? cm.Function : cg, [t, index]);
        }

        throw Err.Type($"'{Types.Of(o).Name}' object isn't subscriptable");
    }

    public static void SetItem(object o, object index, object value)
    {
        switch (o)
        {
            case PyList l:
                if (index is PySlice ls)
                {
                    SetListSlice(l.Items, ls, ToList(value));
                    return;
                }

                l.Items[Index(index, l.Items.Count, "list")] = value;
                return;
            case PyDict d:
                d[index] = value;
                return;
            case PyByteArray ba:
                if (index is PySlice bs)
                {
                    var items = ba.Data.Select(x => (object)(long)x).ToList();
                    SetListSlice(items, bs, Bytes(value).Select(x => (object)(long)x).ToList());
                    ba.Data.Clear();
                    ba.Data.AddRange(items.Select(x => (byte)(long)x));
                    return;
                }

                ba.Data[Index(index, ba.Data.Count, "bytearray")] = (byte)Ints.ToLong(value);
                return;
            case PyInstance inst when inst.Class.Lookup("__setitem__") is { } f:
                Calls.CallMethod(f, inst, [index, value]);
                return;
            case PyInstance { Native: { } n }:
                SetItem(n, index, value);
                return;
        }

        throw Err.Type($"'{Types.Of(o).Name}' object doesn't support item assignment");
    }

    private static void SetListSlice(List<object> items, PySlice s, List<object> values)
    {
        var (start, stop, step) = SliceIndices(s, items.Count);
        if (step == 1)
        {
            stop = Math.Max(stop, start);
            items.RemoveRange(start, stop - start);
            items.InsertRange(start, values);
            return;
        }

        var idx = SliceRange(s, items.Count);
        if (idx.Count != values.Count)
        {
            throw Err.Value($"attempt to assign sequence of size {values.Count} to extended slice of size {idx.Count}");
        }

        for (var i = 0; i < idx.Count; i++)
        {
            items[idx[i]] = values[i];
        }
    }

    public static void DelItem(object o, object index)
    {
        switch (o)
        {
            case PyList l:
                if (index is PySlice ls)
                {
                    foreach (var i in SliceRange(ls, l.Items.Count).OrderDescending())
                    {
                        l.Items.RemoveAt(i);
                    }

                    return;
                }

                l.Items.RemoveAt(Index(index, l.Items.Count, "list"));
                return;
            case PyDict d:
                if (!d.Table.Remove(index, out _))
                {
                    throw Err.Key(index);
                }

                return;
            case PyByteArray ba:
                ba.Data.RemoveAt(Index(index, ba.Data.Count, "bytearray"));
                return;
            case PyInstance inst when inst.Class.Lookup("__delitem__") is { } f:
                Calls.CallMethod(f, inst, [index]);
                return;
            case PyInstance { Native: { } n }:
                DelItem(n, index);
                return;
        }

        throw Err.Type($"'{Types.Of(o).Name}' object doesn't support item deletion");
    }

    public static bool Contains(object container, object item)
    {
        switch (container)
        {
            case string s:
                return item is string t ? s.Contains(t, StringComparison.Ordinal) : throw Err.Type($"'{Types.Of(item).Name}' object isn't a str");
            case PyDict d: return d.Table.Contains(item);
            case Builtins.DictView v: return v.Contains(item);
            case PySet s: return s.Table.Contains(item);
            case PyList l: return l.Items.Any(x => Ops.KeyEquals(x, item));
            case PyTuple tu: return tu.Items.Any(x => Ops.KeyEquals(x, item));
            case PyBytes or PyByteArray:
                {
                    var data = Bytes(container);
                    return Ints.IsInt(item) ? data.Contains((byte)Ints.ToLong(item)) : data.AsSpan().IndexOf(Bytes(item)) >= 0;
                }

            case PyRange r:
                {
                    if (!Ints.IsInt(item))
                    {
                        return false;
                    }

                    var v = Ints.ToLong(item);
                    return r.Step > 0 ? v >= r.Start && v < r.Stop && (v - r.Start) % r.Step == 0 : v <= r.Start && v > r.Stop && (r.Start - v) % -r.Step == 0;
                }

            case PyInstance inst when inst.Class.Lookup("__contains__") is { } f:
                return Ops.Truth(Calls.CallMethod(f, inst, [item]));
            case PyInstance { Native: { } n }:
                return Contains(n, item);
        }

        var it = Iter.Get(container);
        while (Iter.Next(it) is { } x)
        {
            if (Ops.KeyEquals(x, item))
            {
                return true;
            }
        }

        return false;
    }

    public static List<object> ToList(object o)
    {
        switch (o)
        {
            case PyList l: return [.. l.Items];
            case PyTuple t: return [.. t.Items];
        }

        var r = new List<object>();
        var it = Iter.Get(o);
        while (Iter.Next(it) is { } x)
        {
            if (r.Count == r.Capacity)
            {
                HeapBudget.Grow(r.Count);
            }

            r.Add(x);
        }

        return r;
    }
}
