namespace MicroPython.Compiler.Emit;

/// <summary>What an assignment target compiles to: a store, or the two halves of an augmented assignment.</summary>
internal enum AssignKind
{
    Store,
    AugLoad,
    AugStore,
}
