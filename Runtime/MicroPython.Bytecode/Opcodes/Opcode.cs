namespace MicroPython.Bytecode.Opcodes;

/// <summary>
/// The bytecode opcodes of format v6 (unchanged from MicroPython v1.19 to v1.28). The ranges
/// <see cref="LoadConstSmallIntMulti"/>, <see cref="LoadFastMulti"/>, <see cref="StoreFastMulti"/>,
/// <see cref="UnaryOpMulti"/> and <see cref="BinaryOpMulti"/> are bases: the operand is added to them.
/// </summary>
public enum Opcode : byte
{
    /// <summary>Push an interned string (qstr operand).</summary>
    LoadConstString = 0x10,
    /// <summary>Push a name from the local namespace, then globals, then builtins.</summary>
    LoadName = 0x11,
    /// <summary>Push a global (or builtin).</summary>
    LoadGlobal = 0x12,
    /// <summary>Replace the top of stack by one of its attributes.</summary>
    LoadAttr = 0x13,
    /// <summary>Push a method and its self for <c>CALL_METHOD</c>.</summary>
    LoadMethod = 0x14,
    /// <summary>Push a method found through <c>super()</c>.</summary>
    LoadSuperMethod = 0x15,
    /// <summary>Store into the local namespace.</summary>
    StoreName = 0x16,
    /// <summary>Store a global.</summary>
    StoreGlobal = 0x17,
    /// <summary>Store an attribute.</summary>
    StoreAttr = 0x18,
    /// <summary>Delete from the local namespace.</summary>
    DeleteName = 0x19,
    /// <summary>Delete a global.</summary>
    DeleteGlobal = 0x1a,
    /// <summary>Import a module.</summary>
    ImportName = 0x1b,
    /// <summary>Push a name imported from the module on top of the stack.</summary>
    ImportFrom = 0x1c,
    /// <summary>Make a closure (child index, then an extra byte: number of closed-over cells).</summary>
    MakeClosure = 0x20,
    /// <summary>Make a closure with default arguments.</summary>
    MakeClosureDefargs = 0x21,
    /// <summary>Push a small int (signed varint operand).</summary>
    LoadConstSmallInt = 0x22,
    /// <summary>Push a constant-table object.</summary>
    LoadConstObj = 0x23,
    /// <summary>Push local n (n ≥ 16).</summary>
    LoadFastN = 0x24,
    /// <summary>Push the content of a cell.</summary>
    LoadDeref = 0x25,
    /// <summary>Store local n (n ≥ 16).</summary>
    StoreFastN = 0x26,
    /// <summary>Store into a cell.</summary>
    StoreDeref = 0x27,
    /// <summary>Delete a local.</summary>
    DeleteFast = 0x28,
    /// <summary>Empty a cell.</summary>
    DeleteDeref = 0x29,
    /// <summary>Build a tuple of n items.</summary>
    BuildTuple = 0x2a,
    /// <summary>Build a list of n items.</summary>
    BuildList = 0x2b,
    /// <summary>Build an empty dict sized for n items.</summary>
    BuildMap = 0x2c,
    /// <summary>Build a set of n items.</summary>
    BuildSet = 0x2d,
    /// <summary>Build a slice of 2 or 3 items.</summary>
    BuildSlice = 0x2e,
    /// <summary>Add to the comprehension result found deeper in the stack.</summary>
    StoreComp = 0x2f,
    /// <summary>Unpack a sequence into n items.</summary>
    UnpackSequence = 0x30,
    /// <summary>Unpack with a starred target.</summary>
    UnpackEx = 0x31,
    /// <summary>Make a function from child n.</summary>
    MakeFunction = 0x32,
    /// <summary>Make a function with default arguments.</summary>
    MakeFunctionDefargs = 0x33,
    /// <summary>Call a function.</summary>
    CallFunction = 0x34,
    /// <summary>Call a function with <c>*</c>/<c>**</c> arguments.</summary>
    CallFunctionVarKw = 0x35,
    /// <summary>Call a method.</summary>
    CallMethod = 0x36,
    /// <summary>Call a method with <c>*</c>/<c>**</c> arguments.</summary>
    CallMethodVarKw = 0x37,
    /// <summary>Jump out of exception handlers (offset, then an extra byte: depth).</summary>
    UnwindJump = 0x40,
    /// <summary>Jump.</summary>
    Jump = 0x42,
    /// <summary>Pop and jump if true.</summary>
    PopJumpIfTrue = 0x43,
    /// <summary>Pop and jump if false.</summary>
    PopJumpIfFalse = 0x44,
    /// <summary>Jump if true, else pop.</summary>
    JumpIfTrueOrPop = 0x45,
    /// <summary>Jump if false, else pop.</summary>
    JumpIfFalseOrPop = 0x46,
    /// <summary>Enter a <c>with</c> block.</summary>
    SetupWith = 0x47,
    /// <summary>Enter a <c>try/except</c> block.</summary>
    SetupExcept = 0x48,
    /// <summary>Enter a <c>try/finally</c> block.</summary>
    SetupFinally = 0x49,
    /// <summary>Leave an exception handler and jump.</summary>
    PopExceptJump = 0x4a,
    /// <summary>Advance an iterator, or jump when it is exhausted.</summary>
    ForIter = 0x4b,
    /// <summary>Push <c>False</c>.</summary>
    LoadConstFalse = 0x50,
    /// <summary>Push <c>None</c>.</summary>
    LoadConstNone = 0x51,
    /// <summary>Push <c>True</c>.</summary>
    LoadConstTrue = 0x52,
    /// <summary>Push the null marker.</summary>
    LoadNull = 0x53,
    /// <summary>Push <c>__build_class__</c>.</summary>
    LoadBuildClass = 0x54,
    /// <summary>Subscript.</summary>
    LoadSubscr = 0x55,
    /// <summary>Store into a subscript.</summary>
    StoreSubscr = 0x56,
    /// <summary>Duplicate the top of stack.</summary>
    DupTop = 0x57,
    /// <summary>Duplicate the top two items.</summary>
    DupTopTwo = 0x58,
    /// <summary>Pop.</summary>
    PopTop = 0x59,
    /// <summary>Swap the top two items.</summary>
    RotTwo = 0x5a,
    /// <summary>Rotate the top three items.</summary>
    RotThree = 0x5b,
    /// <summary>Call <c>__exit__</c> at the end of a <c>with</c> block.</summary>
    WithCleanup = 0x5c,
    /// <summary>End a <c>finally</c> block.</summary>
    EndFinally = 0x5d,
    /// <summary>Replace the top of stack by an iterator over it.</summary>
    GetIter = 0x5e,
    /// <summary>Make an iterator held in four stack slots.</summary>
    GetIterStack = 0x5f,
    /// <summary>Add a key/value pair to the dict below them.</summary>
    StoreMap = 0x62,
    /// <summary>Return.</summary>
    ReturnValue = 0x63,
    /// <summary>Re-raise the current exception.</summary>
    RaiseLast = 0x64,
    /// <summary>Raise an exception.</summary>
    RaiseObj = 0x65,
    /// <summary>Raise an exception with a cause.</summary>
    RaiseFrom = 0x66,
    /// <summary>Yield.</summary>
    YieldValue = 0x67,
    /// <summary>Delegate to a sub-iterator.</summary>
    YieldFrom = 0x68,
    /// <summary>Import all public names.</summary>
    ImportStar = 0x69,
    /// <summary>Push small int (opcode − 0x80), −16 … 47.</summary>
    LoadConstSmallIntMulti = 0x70,
    /// <summary>Push local (opcode − 0xb0), 0 … 15.</summary>
    LoadFastMulti = 0xb0,
    /// <summary>Store local (opcode − 0xc0), 0 … 15.</summary>
    StoreFastMulti = 0xc0,
    /// <summary>Unary operator (opcode − 0xd0).</summary>
    UnaryOpMulti = 0xd0,
    /// <summary>Binary operator (opcode − 0xd7).</summary>
    BinaryOpMulti = 0xd7,
}
