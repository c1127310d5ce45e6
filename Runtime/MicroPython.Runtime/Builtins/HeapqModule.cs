using MicroPython.Runtime.Objects;
using static MicroPython.Runtime.Builtins.Args;

namespace MicroPython.Runtime.Builtins;

/// <summary>The heapq module: a min-heap kept in a list, ordered with <c>&lt;</c>.</summary>
internal static class HeapqModule
{
    public static void Fill(PyDict g)
    {
        Def(g, "heappush", (a, _) =>
        {
            var heap = Heap(a[0]);
            heap.Add(a[1]);
            SiftDown(heap, 0, heap.Count - 1);
            return Ops.None;
        });
        Def(g, "heappop", (a, _) =>
        {
            var heap = Heap(a[0]);
            if (heap.Count == 0)
            {
                throw Err.Index("empty heap");
            }

            var last = heap[^1];
            heap.RemoveAt(heap.Count - 1);
            if (heap.Count == 0)
            {
                return last;
            }

            var top = heap[0];
            heap[0] = last;
            SiftUp(heap, 0);
            return top;
        });
        Def(g, "heapify", (a, _) =>
        {
            var heap = Heap(a[0]);
            for (var i = (heap.Count / 2) - 1; i >= 0; i--)
            {
                SiftUp(heap, i);
            }

            return Ops.None;
        });
    }

    private static List<object> Heap(object o) => o is PyList l ? l.Items : throw Err.Type("heap must be a list");

    // Moves the item at pos up towards start while it is smaller than its parent.
    private static void SiftDown(List<object> heap, int start, int pos)
    {
        var item = heap[pos];
        while (pos > start)
        {
            var parent = (pos - 1) >> 1;
            if (!Ops.Less(item, heap[parent]))
            {
                break;
            }

            heap[pos] = heap[parent];
            pos = parent;
        }

        heap[pos] = item;
    }

    // Moves the smaller child up until a leaf is reached, then places the item (as CPython's heapq).
    private static void SiftUp(List<object> heap, int pos)
    {
        var start = pos;
        var item = heap[pos];
        var child = (2 * pos) + 1;
        while (child < heap.Count)
        {
            var right = child + 1;
            if (right < heap.Count && !Ops.Less(heap[child], heap[right]))
            {
                child = right;
            }

            heap[pos] = heap[child];
            pos = child;
            child = (2 * pos) + 1;
        }

        heap[pos] = item;
        SiftDown(heap, start, pos);
    }
}
