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

    public int Count { get; private set; }

    /// <summary>The item <paramref name="index"/> places from the bottom; <c>[^1]</c> is the top.</summary>
    public ref T this[int index] => ref slots[index].Item;

    public void Push(T item)
    {
        if (Count == slots.Length)
        {
            Array.Resize(ref slots, Count * 2);
        }

        slots[Count++].Item = item;
    }

    // popped slots are not cleared: the stacks live only as long as one parse
    public T Pop() => slots[--Count].Item;

    /// <summary>The item <paramref name="depth"/> places below the top.</summary>
    public T Peek(int depth) => slots[Count - 1 - depth].Item;

    public void Drop(int count) => Count -= count;

    private struct Slot
    {
        public T Item;
    }
}
