using System.Runtime.CompilerServices;

namespace MicroPython.Compiler.Syntax;

/// <summary>
/// The parser's stacks (rule frames and results). The parser pushes and pops millions of times per
/// large build; a bare array with a count does that without <see cref="List{T}"/>'s version checks,
/// and the <see cref="Slot"/> wrapper keeps stores of references free of the array-covariance check.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ArrayStack<T>
{
    private Slot[] slots = new Slot[64];

    // how many slots have held an item since the last reset: all a reset needs to clear, as one
    // huge file must not make every later reset of a thread's stack clear all it grew to
    private int used;

    public int Count { get; private set; }

    /// <summary>The item <paramref name="index"/> places from the bottom; <c>[^1]</c> is the top.</summary>
    public ref T this[int index] => ref slots[index].Item;

    // the parser's hottest calls: inlined, with the rare growth kept out of line
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(T item)
    {
        var count = Count;
        if (count == slots.Length)
        {
            Grow();
        }

        slots[count].Item = item;
        Count = ++count;
        if (count > used)
        {
            used = count;
        }
    }

    // popped slots are not cleared: a parse's stacks are reset as a whole when it ends
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Pop() => slots[--Count].Item;

    /// <summary>The item <paramref name="depth"/> places below the top.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Peek(int depth) => slots[Count - 1 - depth].Item;

    /// <summary>The top <paramref name="count"/> items, bottom first, in place: valid until the stack changes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<T> Top(int count) =>
        System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<Slot, T>(ref slots[Count - count]), count);

    public void Drop(int count) => Count -= count;

    /// <summary>Empties the stack for reuse, forgetting any references it held.</summary>
    public void Reset()
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            Array.Clear(slots, 0, used);
        }

        Count = 0;
        used = 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow() => Array.Resize(ref slots, slots.Length * 2);

    private struct Slot
    {
        public T Item;
    }
}
