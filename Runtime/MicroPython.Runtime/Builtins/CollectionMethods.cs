using MicroPython.Runtime.Objects;
using static MicroPython.Runtime.Builtins.Args;

namespace MicroPython.Runtime.Builtins;

/// <summary>A dict's keys(), values() or items() view.</summary>
internal sealed class DictView(PyDict dict, int kind) : PyObject
{
    public override PyType Type => Types.IteratorType(kind switch { 0 => "dict_keys", 1 => "dict_values", _ => "dict_items" });

    public int Count => dict.Count;

    public bool Contains(object item) => kind switch
    {
        0 => dict.Table.Contains(item),
        1 => dict.Table.Entries().Any(e => Ops.KeyEquals(e.Value!, item)),
        _ => item is PyTuple { Items.Length: 2 } t && dict.Table.Get(t.Items[0]) is { } v && Ops.Equal(v, t.Items[1]),
    };

    public PyList Items() => new(dict.Table.Snapshot().Select(e => kind switch
    {
        0 => e.Key,
        1 => e.Value!,
        _ => new PyTuple([e.Key, e.Value!]),
    }));

    public string Repr() => (kind switch { 0 => "dict_keys", 1 => "dict_values", _ => "dict_items" }) + "(" + Runtime.Repr.Of(Items()) + ")";
}

/// <summary>The methods of list, tuple, dict and set.</summary>
internal static class CollectionMethods
{
    public static void Install()
    {
        var l = Types.List;
        Def(l, "append", a => { ((PyList)a[0]).Append(a[1]); return Ops.None; });
        Def(l, "extend", a => { L(a).AddRange(Seq.ToList(a[1])); return Ops.None; });
        Def(l, "insert", a =>
        {
            var items = L(a);
            var i = Ints.ToLong(a[1]);
            i = i < 0 ? Math.Max(0, i + items.Count) : Math.Min(i, items.Count);
            items.Insert((int)i, a[2]);
            return Ops.None;
        });
        Def(l, "pop", a =>
        {
            var items = L(a);
            if (items.Count == 0)
            {
                throw Err.Index("pop from empty list");
            }

            var i = Seq.Index(a.Length > 1 ? a[1] : -1L, items.Count, "list");
            var v = items[i];
            items.RemoveAt(i);
            return v;
        });
        Def(l, "remove", a =>
        {
            var items = L(a);
            var i = items.FindIndex(x => Ops.KeyEquals(x, a[1]));
            if (i < 0)
            {
                throw Err.Value("object not in sequence");
            }

            items.RemoveAt(i);
            return Ops.None;
        });
        Def(l, "index", a => IndexOf(L(a), a));
        Def(l, "count", a => (long)L(a).Count(x => Ops.KeyEquals(x, a[1])));
        Def(l, "reverse", a => { L(a).Reverse(); return Ops.None; });
        Def(l, "clear", a => { L(a).Clear(); return Ops.None; });
        Def(l, "copy", a => new PyList(L(a)));
        Def(l, "sort", (a, kw) => { Sort((PyList)a[0], kw); return Ops.None; });

        var t = Types.Tuple;
        Def(t, "index", a => IndexOf(((PyTuple)a[0]).Items, a));
        Def(t, "count", a => (long)((PyTuple)a[0]).Items.Count(x => Ops.KeyEquals(x, a[1])));

        var d = Types.Dict;
        Def(d, "keys", a => new DictView(D(a), 0));
        Def(d, "values", a => new DictView(D(a), 1));
        Def(d, "items", a => new DictView(D(a), 2));
        Def(d, "get", a => D(a).Table.Get(a[1]) ?? Opt(a, 2, Ops.None));
        Def(d, "setdefault", a =>
        {
            var dict = D(a);
            if (dict.Table.Get(a[1]) is { } v)
            {
                return v;
            }

            var dflt = Opt(a, 2, Ops.None);
            dict[a[1]] = dflt;
            return dflt;
        });
        Def(d, "pop", a =>
        {
            if (D(a).Table.Remove(a[1], out var v))
            {
                return v!;
            }

            return a.Length > 2 ? a[2] : throw Err.Key(a[1]);
        });
        Def(d, "popitem", a =>
        {
            var e = D(a).Table.RemoveFirst(last: true) ?? throw Err.Make(Types.KeyError, "popitem(): dictionary is empty");
            return new PyTuple([e.Key, e.Value!]);
        });
        Def(d, "update", (a, kw) => { Update(D(a), a.Length > 1 ? a[1] : null, kw); return Ops.None; });
        Def(d, "clear", a => { D(a).Table.Clear(); return Ops.None; });
        Def(d, "copy", a =>
        {
            var src = D(a);
            var r = new PyDict(0, src.Table.Ordered);
            foreach (var e in src.Table.Entries())
            {
                r[e.Key] = e.Value;
            }

            return r;
        });
        d.Dict["fromkeys"] = new PyClassMethod(new PyBuiltin("fromkeys", (a, _) =>
        {
            var r = new PyDict();
            foreach (var k in Seq.ToList(a[1]))
            {
                r[k] = Opt(a, 2, Ops.None);
            }

            return r;
        }));
        Def(Types.OrderedDict, "move_to_end", a =>
        {
            var dict = D(a);
            dict.Table.Remove(a[1], out var v);
            dict[a[1]] = v;
            return Ops.None;
        });

        foreach (var st in new[] { Types.Set, Types.FrozenSet })
        {
            Def(st, "union", a => a.Skip(1).Aggregate(a[0], (x, y) => Ops.Binary(BinOp.Or, x, AsSet(y))));
            Def(st, "intersection", a => a.Skip(1).Aggregate(a[0], (x, y) => Ops.Binary(BinOp.And, x, AsSet(y))));
            Def(st, "difference", a => a.Skip(1).Aggregate(a[0], (x, y) => Ops.Binary(BinOp.Sub, x, AsSet(y))));
            Def(st, "symmetric_difference", a => Ops.Binary(BinOp.Xor, a[0], AsSet(a[1])));
            Def(st, "issubset", a => Ops.Compare(BinOp.LessEqual, a[0], AsSet(a[1])));
            Def(st, "issuperset", a => Ops.Compare(BinOp.MoreEqual, a[0], AsSet(a[1])));
            Def(st, "isdisjoint", a => !((PySet)a[0]).Items.Any(((PySet)AsSet(a[1])).Table.Contains));
            Def(st, "copy", a => Ops.Binary(BinOp.Or, a[0], new PySet()));
        }

        var s = Types.Set;
        Def(s, "add", a => { ((PySet)a[0]).Add(a[1]); return Ops.None; });
        Def(s, "remove", a => ((PySet)a[0]).Table.Remove(a[1], out _) ? Ops.None : throw Err.Key(a[1]));
        Def(s, "discard", a => { ((PySet)a[0]).Table.Remove(a[1], out _); return Ops.None; });
        Def(s, "pop", a => (((PySet)a[0]).Table.RemoveFirst(last: false) ?? throw Err.Make(Types.KeyError, "pop from an empty set")).Key);
        Def(s, "clear", a => { ((PySet)a[0]).Table.Clear(); return Ops.None; });
        Def(s, "update", a =>
        {
            foreach (var x in a.Skip(1).SelectMany(Seq.ToList))
            {
                ((PySet)a[0]).Add(x);
            }

            return Ops.None;
        });
        Def(s, "intersection_update", a => InplaceSet(a, BinOp.And));
        Def(s, "difference_update", a => InplaceSet(a, BinOp.Sub));
        Def(s, "symmetric_difference_update", a => InplaceSet(a, BinOp.Xor));
    }

    private static object InplaceSet(object[] a, int op)
    {
        var set = (PySet)a[0];
        var r = (PySet)Ops.Binary(op, set, AsSet(a[1]));
        set.Table.Clear();
        foreach (var x in r.Items)
        {
            set.Add(x);
        }

        return Ops.None;
    }

    private static object AsSet(object o)
    {
        if (o is PySet)
        {
            return o;
        }

        var s = new PySet();
        foreach (var x in Seq.ToList(o))
        {
            s.Add(x);
        }

        return s;
    }

    private static List<object> L(object[] a) => ((PyList)a[0]).Items;

    private static PyDict D(object[] a) => (PyDict)a[0];

    private static object IndexOf(IList<object> items, object[] a)
    {
        var start = a.Length > 2 ? (int)Ints.ToLong(a[2]) : 0;
        var end = a.Length > 3 ? (int)Ints.ToLong(a[3]) : items.Count;
        start = start < 0 ? Math.Max(0, start + items.Count) : start;
        end = Math.Min(end < 0 ? end + items.Count : end, items.Count);
        for (var i = start; i < end; i++)
        {
            if (Ops.KeyEquals(items[i], a[1]))
            {
                return (long)i;
            }
        }

        throw Err.Value("object not in sequence");
    }

    public static PyDict MakeDict(object[] a, KwArgs? kw, bool ordered)
    {
        var d = new PyDict(0, ordered);
        Update(d, a.Length > 0 ? a[0] : null, kw);
        return d;
    }

    private static void Update(PyDict d, object? src, KwArgs? kw)
    {
        if (src is PyDict sd)
        {
            foreach (var e in sd.Table.Snapshot())
            {
                d[e.Key] = e.Value;
            }
        }
        else if (src is not null)
        {
            foreach (var item in Seq.ToList(src))
            {
                var pair = Seq.ToList(item);
                if (pair.Count != 2)
                {
                    throw Err.Value("dict update sequence has wrong length");
                }

                d[pair[0]] = pair[1];
            }
        }

        foreach (var (k, v) in kw ?? [])
        {
            d[k] = v;
        }
    }

    /// <summary>list.sort: the reference's quicksort (not stable), so ties land where MicroPython puts them.</summary>
    public static void Sort(PyList list, KwArgs? kw)
    {
        var key = Kw(kw, "key") is { } k && k != Ops.None ? k : null;
        var reverse = Kw(kw, "reverse") is { } r && Ops.Truth(r);
        var items = list.Items;
        if (items.Count > 1)
        {
            QuickSort(items, -1, items.Count - 1, key, !reverse);
        }
    }

    private static void QuickSort(List<object> a, int head, int tail, object? key, bool lessResult)
    {
        object K(object x) => key is null ? x : Calls.Call(key, [x]);
        while (tail - head > 1)
        {
            var h = head;
            var t = tail;
            var v = K(a[tail]);
            while (true)
            {
                do
                {
                    h++;
                }
                while (h < t && Ops.Truth(Ops.Compare(BinOp.Less, K(a[h]), v)) == lessResult);
                do
                {
                    t--;
                }
                while (h < t && Ops.Truth(Ops.Compare(BinOp.Less, v, K(a[t]))) == lessResult);
                if (h >= t)
                {
                    break;
                }

                (a[h], a[t]) = (a[t], a[h]);
            }

            (a[h], a[tail]) = (a[tail], a[h]);
            if (t - head < tail - h)
            {
                QuickSort(a, head, t, key, lessResult);
                head = h;
            }
            else
            {
                QuickSort(a, h, tail, key, lessResult);
                tail = t;
            }
        }
    }
}
