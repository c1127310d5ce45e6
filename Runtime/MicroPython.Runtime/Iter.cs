using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime;

/// <summary>The iteration protocol: <see cref="Next"/> returns null when the iterator is exhausted.</summary>
internal static class Iter
{
    public static object Get(object o)
    {
        switch (o)
        {
            case PyIterator or PyGenerator: return o;
            case PyList l: return new PyIterator(ListItems(l), "list_iterator");
            case PyTuple t: return new PyIterator(((IEnumerable<object>)t.Items).GetEnumerator(), "tuple_iterator");
            case string s: return new PyIterator(StrIndex.CodePoints(s).Cast<object>().GetEnumerator(), "str_iterator");
            case PyDict d: return new PyIterator(d.Table.Snapshot().Select(e => e.Key).GetEnumerator(), "dict_keyiterator");
            case PySet s: return new PyIterator(s.Items.ToList().GetEnumerator(), "set_iterator");
            case PyBytes b: return new PyIterator(b.Data.Select(x => (object)(long)x).GetEnumerator(), "bytes_iterator");
            case PyByteArray b: return new PyIterator(b.Data.ToList().Select(x => (object)(long)x).GetEnumerator(), "bytearray_iterator");
            case PyRange r: return new PyIterator(RangeItems(r), "range_iterator");
            case PyInstance inst:
                if (inst.Class.Lookup("__iter__") is { } f)
                {
                    return Calls.CallMethod(f, inst, []);
                }

                if (inst.Class.Lookup("__getitem__") is { } g)
                {
                    return new PyIterator(GetItemItems(g, inst), "iterator");
                }

                if (inst.Native is { } n)
                {
                    return Get(n);
                }

                break;
            case Builtins.DictView v: return Get(v.Items());
        }

        throw Err.NotIterable(o);
    }

    private static IEnumerator<object> ListItems(PyList l)
    {
        for (var i = 0; i < l.Items.Count; i++)
        {
            yield return l.Items[i];
        }
    }

    private static IEnumerator<object> RangeItems(PyRange r)
    {
        var n = r.Length;
        for (long i = 0; i < n; i++)
        {
            yield return r.Start + i * r.Step;
        }
    }

    private static IEnumerator<object> GetItemItems(object getitem, PyInstance inst)
    {
        for (long i = 0; ; i++)
        {
            object v;
            try
            {
                v = Calls.CallMethod(getitem, inst, [i]);
            }
            catch (PyRaise e) when (e.Value.Class.IsSubclassOf(Types.IndexError) || e.Value.Class.IsSubclassOf(Types.StopIteration))
            {
                yield break;
            }

            yield return v;
        }
    }

    /// <summary>The next item, or null at the end; a StopIteration a user __next__ raises ends the iteration.</summary>
    public static object? Next(object it)
    {
        switch (it)
        {
            case PyIterator pi:
                return pi.Source.MoveNext() ? pi.Source.Current : null;
            case PyGenerator g:
                return g.Next();
            case PyInstance inst when inst.Class.Lookup("__next__") is { } f:
                try
                {
                    return Calls.CallMethod(f, inst, []);
                }
                catch (PyRaise e) when (e.Value.Class.IsSubclassOf(Types.StopIteration))
                {
                    return null;
                }
        }

        throw Err.Type($"'{Types.Of(it).Name}' object isn't an iterator");
    }

    /// <summary>next(it): raises StopIteration at the end.</summary>
    public static object NextOrRaise(object it)
    {
        if (it is PyGenerator g)
        {
            return g.Resume(Ops.None, null, out var done) is var v && done ? throw Err.StopIteration(v) : v;
        }

        if (it is PyInstance inst && inst.Class.Lookup("__next__") is { } f)
        {
            return Calls.CallMethod(f, inst, []);
        }

        return Next(it) ?? throw Err.Make(Types.StopIteration);
    }
}
