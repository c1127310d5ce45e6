using MicroPython.Bytecode;
using MicroPython.Bytecode.Constants;
using MicroPython.Bytecode.Encoding;
using MicroPython.Bytecode.Opcodes;

namespace MicroPython.Compiler.Emit;

/// <summary>One method per compiler-level operation, each with MicroPython's stack effect.</summary>
internal sealed partial class BytecodeEmitter
{
    public void ImportName(string name) => OpQstr(-1, Opcode.ImportName, name);

    public void ImportFrom(string name) => OpQstr(1, Opcode.ImportFrom, name);

    public void ImportStar() => Op(-1, Opcode.ImportStar);

    public void LoadConstNone() => Op(1, Opcode.LoadConstNone);

    public void LoadConstBool(bool value) => Op(1, value ? Opcode.LoadConstTrue : Opcode.LoadConstFalse);

    public void LoadConstSmallInt(long value)
    {
        if (value is >= -16 and < 48)
        {
            Op(1, (int)Opcode.LoadConstSmallIntMulti + 16 + (int)value);
            return;
        }

        Op(1, Opcode.LoadConstSmallInt);
        if (!suppress)
        {
            code.Bytes(VarInt.EncodeSigned(value));
        }
    }

    public void LoadConstString(string value) => OpQstr(1, Opcode.LoadConstString, new MpyText(value));

    public void LoadConstString(MpyText value) => OpQstr(1, Opcode.LoadConstString, value);

    public void LoadConstObject(MpyConstant value) => OpConstant(1, Opcode.LoadConstObj, value);

    public void LoadNull() => Op(1, Opcode.LoadNull);

    public void LoadLocal(int localNum, bool deref)
    {
        if (!deref && localNum <= 15)
        {
            Op(1, (int)Opcode.LoadFastMulti + localNum);
        }
        else
        {
            OpUInt(1, deref ? Opcode.LoadDeref : Opcode.LoadFastN, localNum);
        }
    }

    public void LoadGlobal(string name, bool explicitGlobal) => OpQstr(1, explicitGlobal ? Opcode.LoadGlobal : Opcode.LoadName, name);

    public void StoreLocal(int localNum, bool deref)
    {
        if (!deref && localNum <= 15)
        {
            Op(-1, (int)Opcode.StoreFastMulti + localNum);
        }
        else
        {
            OpUInt(-1, deref ? Opcode.StoreDeref : Opcode.StoreFastN, localNum);
        }
    }

    public void StoreGlobal(string name, bool explicitGlobal) => OpQstr(-1, explicitGlobal ? Opcode.StoreGlobal : Opcode.StoreName, name);

    public void DeleteLocal(int localNum, bool deref) => OpUInt(0, deref ? Opcode.DeleteDeref : Opcode.DeleteFast, localNum);

    public void DeleteGlobal(string name, bool explicitGlobal) => OpQstr(0, explicitGlobal ? Opcode.DeleteGlobal : Opcode.DeleteName, name);

    public void LoadMethod(string name, bool isSuper) =>
        OpQstr(isSuper ? -1 : 1, isSuper ? Opcode.LoadSuperMethod : Opcode.LoadMethod, name);

    public void LoadBuildClass() => Op(1, Opcode.LoadBuildClass);

    public void LoadSubscr() => Op(-1, Opcode.LoadSubscr);

    public void StoreSubscr() => Op(-3, Opcode.StoreSubscr);

    public void DeleteSubscr()
    {
        LoadNull();
        RotThree();
        StoreSubscr();
    }

    public void LoadAttr(string name) => OpQstr(0, Opcode.LoadAttr, name);

    public void StoreAttr(string name) => OpQstr(-2, Opcode.StoreAttr, name);

    public void DeleteAttr(string name)
    {
        LoadNull();
        RotTwo();
        StoreAttr(name);
    }

    public void DupTop() => Op(1, Opcode.DupTop);

    public void DupTopTwo() => Op(2, Opcode.DupTopTwo);

    public void PopTop() => Op(-1, Opcode.PopTop);

    public void RotTwo() => Op(0, Opcode.RotTwo);

    public void RotThree() => Op(0, Opcode.RotThree);

    public void Jump(int label)
    {
        OpLabel(0, Opcode.Jump, label);
        suppress = true;
    }

    public void PopJumpIf(bool condition, int label) =>
        OpLabel(-1, condition ? Opcode.PopJumpIfTrue : Opcode.PopJumpIfFalse, label);

    public void JumpIfOrPop(bool condition, int label) =>
        OpLabel(-1, condition ? Opcode.JumpIfTrueOrPop : Opcode.JumpIfFalseOrPop, label);

    /// <summary>A break/continue: a plain jump inside the same handler depth, else UNWIND_JUMP.</summary>
    public void UnwindJump(int label, int exceptDepth, bool breakFromFor)
    {
        if (exceptDepth == 0)
        {
            if (breakFromFor)
            {
                // Pop the iterator and its buffer slots; the stack count was settled by for_iter_end.
                for (var i = 0; i < IterBufSlots; i++)
                {
                    RawByte((int)Opcode.PopTop);
                }
            }

            OpLabel(0, Opcode.Jump, label);
        }
        else
        {
            OpLabel(0, Opcode.UnwindJump, label);
            RawByte((breakFromFor ? 0x80 : 0) | exceptDepth);
        }

        suppress = true;
    }

    public void SetupWith(int label) => OpLabel(2, Opcode.SetupWith, label);

    public void SetupExcept(int label) => OpLabel(0, Opcode.SetupExcept, label);

    public void SetupFinally(int label) => OpLabel(0, Opcode.SetupFinally, label);

    public void WithCleanup(int label)
    {
        LoadConstNone();
        LabelAssign(label);
        Op(2, Opcode.WithCleanup);
        AdjustStack(-4);
    }

    public void AsyncWithSetupFinally(int labelAexitNoExc, int labelFinallyBlock, int labelReturnOrUnwind)
    {
        LoadConstNone();
        RotTwo();
        Jump(labelAexitNoExc);
        LabelAssign(labelFinallyBlock);
        DupTop();
        LoadGlobal("BaseException", explicitGlobal: true);
        BinaryOp(BinaryOperator.ExceptionMatch);
        PopJumpIf(false, labelReturnOrUnwind);
    }

    public void EndFinally() => Op(-1, Opcode.EndFinally);

    public void GetIter(bool useStack)
    {
        if (useStack)
        {
            Op(IterBufSlots - 1, Opcode.GetIterStack);
        }
        else
        {
            Op(0, Opcode.GetIter);
        }
    }

    public void ForIter(int label) => OpLabel(1, Opcode.ForIter, label);

    public void ForIterEnd() => AdjustStack(-IterBufSlots);

    public void PopExceptJump(int label)
    {
        OpLabel(0, Opcode.PopExceptJump, label);
        suppress = true;
    }

    public void UnaryOp(UnaryOperator op) => Op(0, (int)Opcode.UnaryOpMulti + (int)op);

    public void BinaryOp(BinaryOperator op, bool invert = false)
    {
        Op(-1, (int)Opcode.BinaryOpMulti + (int)op);
        if (invert)
        {
            Op(0, (int)Opcode.UnaryOpMulti + (int)UnaryOperator.Not);
        }
    }

    public void BuildTuple(int count) => OpUInt(1 - count, Opcode.BuildTuple, count);

    public void BuildList(int count) => OpUInt(1 - count, Opcode.BuildList, count);

    public void BuildMap(int count) => OpUInt(1, Opcode.BuildMap, count);

    public void BuildSet(int count) => OpUInt(1 - count, Opcode.BuildSet, count);

    public void BuildSlice(int count) => OpUInt(1 - count, Opcode.BuildSlice, count);

    public void StoreMap() => Op(-2, Opcode.StoreMap);

    public void StoreComp(ScopeKind kind, int collectionStackIndex)
    {
        var (n, t) = kind switch
        {
            ScopeKind.ListComp => (0, 0),
            ScopeKind.DictComp => (1, 1),
            _ => (0, 2),
        };
        OpUInt(-1 - n, Opcode.StoreComp, ((collectionStackIndex + n) << 2) | t);
    }

    public void UnpackSequence(int count) => OpUInt(-1 + count, Opcode.UnpackSequence, count);

    public void UnpackEx(int left, int right) => OpUInt(-1 + left + right + 1, Opcode.UnpackEx, left | (right << 8));

    public void MakeFunction(Scope child, bool hasDefaults)
    {
        if (hasDefaults)
        {
            OpChild(-1, Opcode.MakeFunctionDefargs, child);
        }
        else
        {
            OpChild(1, Opcode.MakeFunction, child);
        }
    }

    public void MakeClosure(Scope child, int closedOver, bool hasDefaults)
    {
        if (hasDefaults)
        {
            OpChild(-2 - closedOver + 1, Opcode.MakeClosureDefargs, child);
        }
        else
        {
            OpChild(-closedOver + 1, Opcode.MakeClosure, child);
        }

        RawByte(closedOver);
    }

    public void CallFunction(int positional, int keyword, bool hasStar) =>
        Call(0, hasStar ? Opcode.CallFunctionVarKw : Opcode.CallFunction, positional, keyword, hasStar);

    public void CallMethod(int positional, int keyword, bool hasStar) =>
        Call(-1, hasStar ? Opcode.CallMethodVarKw : Opcode.CallMethod, positional, keyword, hasStar);

    private void Call(int stackDelta, Opcode op, int positional, int keyword, bool hasStar)
    {
        stackDelta -= positional + 2 * keyword + (hasStar ? 1 : 0);
        OpUInt(stackDelta, op, ((long)keyword << 8) | (long)positional);
    }

    public void ReturnValue()
    {
        Op(-1, Opcode.ReturnValue);
        suppress = true;
    }

    public void Raise(int argCount)
    {
        Op(-argCount, (int)Opcode.RaiseLast + argCount);
        suppress = true;
    }

    public void YieldValue()
    {
        Op(0, Opcode.YieldValue);
        scope.Flags |= ScopeFlags.Generator;
    }

    public void YieldFrom()
    {
        Op(-1, Opcode.YieldFrom);
        scope.Flags |= ScopeFlags.Generator;
    }

    public void StartExceptHandler() => AdjustStack(4);

    public void EndExceptHandler() => AdjustStack(-3);
}
