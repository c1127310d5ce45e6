using MicroPython.Runtime.Objects;
using static MicroPython.Runtime.Builtins.Args;

namespace MicroPython.Runtime.Builtins;

/// <summary>
/// collections.deque as MicroPython has it: a fixed-size ring (the maximum length is required); a
/// full deque drops from the other end, or raises IndexError('full') when made with flags=1.
/// </summary>
internal static class DequeType
{
    public static readonly PyType Type = Make();

    private static PyType Make()
    {
        var t = new PyType("deque", [Types.Object], new PyDict(), true);
        t.Maker = (cls, a, kw) =>
        {
            if (a.Length is < 2 or > 3)
            {
                throw Err.Type(a.Length < 2 ? "function missing 1 required positional arguments" : $"function expected at most 3 arguments, got {a.Length}");
            }

            var maxLen = Ints.ToLong(a[1]);
            if (maxLen < 0)
            {
                throw Err.Make(Types.ValueError);
            }

            var d = new Deque(maxLen, a.Length > 2 && (Ints.ToLong(a[2] is bool b ? (b ? 1L : 0L) : a[2]) & 1) != 0);
            foreach (var x in BuiltinFunctions.Items(a[0]))
            {
                d.Push(x, atEnd: true);
            }

            return new PyInstance(cls) { Native = d };
        };
        Def(t, "append", a => { D(a).Push(a[1], atEnd: true); return Ops.None; });
        Def(t, "appendleft", a => { D(a).Push(a[1], atEnd: false); return Ops.None; });
        Def(t, "pop", a => D(a).Take(atEnd: true));
        Def(t, "popleft", a => D(a).Take(atEnd: false));
        Def(t, "extend", a =>
        {
            var d = D(a);
            foreach (var x in BuiltinFunctions.Items(a[1]).ToList())
            {
                d.Push(x, atEnd: true);
            }

            return Ops.None;
        });
        Def(t, "__len__", a => (long)D(a).Items.Count);
        Def(t, "__bool__", a => D(a).Items.Count > 0);
        Def(t, "__iter__", a => new PyIterator(D(a).Items.ToList().GetEnumerator(), "iterator"));
        Def(t, "__getitem__", a =>
        {
            var d = D(a);
            return d.Items[Slot(d, a[1])];
        });
        Def(t, "__setitem__", a =>
        {
            var d = D(a);
            d.Items[Slot(d, a[1])] = a[2];
            return Ops.None;
        });
        Def(t, "__repr__", a => "<deque>");
        return t;
    }

    private static Deque D(object[] a) => (Deque)a[0];

    private static int Slot(Deque d, object index)
    {
        if (index is not (long or bool))
        {
            throw Err.Type($"'deque' object isn't subscriptable");
        }

        var i = Ints.ToLong(index is bool b ? (b ? 1L : 0L) : index);
        i = i < 0 ? i + d.Items.Count : i;
        return i < 0 || i >= d.Items.Count ? throw Err.Index("deque index out of range") : (int)i;
    }

    private sealed class Deque(long maxLen, bool checkFull)
    {
        public List<object> Items { get; } = [];

        public void Push(object x, bool atEnd)
        {
            if (Items.Count >= maxLen)
            {
                if (checkFull || maxLen == 0)
                {
                    if (checkFull)
                    {
                        throw Err.Index("full");
                    }

                    return;
                }

                Items.RemoveAt(atEnd ? 0 : Items.Count - 1);
            }

            if (atEnd)
            {
                Items.Add(x);
            }
            else
            {
                Items.Insert(0, x);
            }
        }

        public object Take(bool atEnd)
        {
            if (Items.Count == 0)
            {
                throw Err.Index("empty");
            }

            var i = atEnd ? Items.Count - 1 : 0;
            var x = Items[i];
            Items.RemoveAt(i);
            return x;
        }
    }
}
