using MicroPython.Bytecode;
using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime.Interpreter;

/// <summary>One active exception handler: where to go, and the stack depth to go there with.</summary>
internal struct HandlerBlock
{
    public int Handler;
    public int Sp;
    public bool IsFinally;
    public PyExceptionObject? PreviousException;
}

/// <summary>The state of one running (or suspended) bytecode function.</summary>
internal sealed class Frame
{
    public Frame(CodeObject code, ModuleContext module, PyDict globals, PyDict? locals)
    {
        Code = code;
        Module = module;
        Globals = globals;
        Locals = locals;
        var n = code.Prelude.NState;
        Fast = new object?[n];
        Stack = new object?[StackCheck.Guard + n];
        for (var i = 0; i < StackCheck.Guard; i++)
        {
            Stack[i] = Ops.None;
        }

        Handlers = new HandlerBlock[code.Prelude.NExcStack + 1];
    }

    public CodeObject Code { get; }

    public ModuleContext Module { get; }

    public PyDict Globals { get; }

    /// <summary>The namespace LOAD_NAME/STORE_NAME use: the module's globals or a class body's dict.</summary>
    public PyDict? Locals { get; }

    public object?[] Fast { get; }

    public object?[] Stack { get; }

    /// <summary>The top of the value stack; the stack starts above <see cref="StackCheck.Guard"/> slots of None.</summary>
    public int Sp { get; set; } = StackCheck.Guard - 1;

    public int Ip { get; set; }

    public HandlerBlock[] Handlers { get; }

    public int HandlerSp { get; set; } = -1;

    /// <summary>An exception thrown into a suspended generator, raised where it resumes.</summary>
    public PyExceptionObject? PendingThrow { get; set; }

    public void Push(object? value) => Stack[++Sp] = value;

    /// <summary>Makes a finished frame ready for another call of the same code: no locals, empty stacks, nothing kept alive.</summary>
    public void Reset()
    {
        Array.Clear(Fast);
        Array.Clear(Stack, StackCheck.Guard, Stack.Length - StackCheck.Guard);
        for (var i = 0; i < StackCheck.Guard; i++)
        {
            Stack[i] = Ops.None;
        }

        Array.Clear(Handlers);
        Sp = StackCheck.Guard - 1;
        Ip = 0;
        HandlerSp = -1;
        PendingThrow = null;
    }
}
