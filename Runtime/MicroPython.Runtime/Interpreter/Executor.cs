using MicroPython.Bytecode;
using MicroPython.Bytecode.Opcodes;
using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime.Interpreter;

/// <summary>How a run of a frame ended.</summary>
internal enum FrameExit
{
    Returned,
    Yielded,
}

/// <summary>The bytecode interpreter loop.</summary>
internal static class Executor
{
    private const int IterSlots = 4;

    /// <summary>Calls a bytecode function: a new frame, run to its end (or a generator object for generator functions).</summary>
    public static object CallFunction(PyFunction fn, object[] args, KwArgs? kw)
    {
        if (fn.IsGenerator)
        {
            var genFrame = new Frame(fn.Code, fn.Module, fn.Module.Globals, null);
            ArgBinder.Bind(fn, genFrame, args, kw);
            return new PyGenerator(genFrame, fn.Name);
        }

        var code = fn.Code;
        var frame = code.RentFrame();
        try
        {
            ArgBinder.Bind(fn, frame, args, kw);
            Run(frame, out var result);
            return result;
        }
        finally
        {
            code.ReturnFrame(frame);
        }
    }

    /// <summary>
    /// The common call: positional arguments only, to a plain function (or a method of one) that takes
    /// exactly those (defaults filling the rest). The arguments go from the caller's stack straight
    /// into a pooled frame: no argument array, no binder. False when the general path must handle it.
    /// </summary>
    private static bool TryCallDirect(object?[] st, int baseSp, int nPos, bool isMethod, out object result)
    {
        var fun = st[baseSp];
        var self = isMethod ? st[baseSp + 1] : null;
        if (self is null && fun is PyBoundMethod { Function: PyFunction } bound)
        {
            fun = bound.Function;
            self = bound.Self;
        }

        result = null!;
        if (fun is not PyFunction { Code.IsSimple: true } fn)
        {
            return false;
        }

        var code = fn.Code;
        var p = code.Prelude;
        var closed = fn.Closed;
        var nArgs = closed.Length + (self is null ? 0 : 1) + nPos;
        var defaults = fn.Defaults?.Items;
        if (nArgs > p.NPosArgs || nArgs < p.NPosArgs - (defaults?.Length ?? 0))
        {
            return false;
        }

        var frame = code.RentFrame();
        try
        {
            var fast = frame.Fast;
            var i = 0;
            foreach (var c in closed)
            {
                fast[i++] = c;
            }

            if (self is not null)
            {
                fast[i++] = self;
            }

            var argStart = baseSp + (isMethod ? 2 : 1);
            for (var k = 0; k < nPos; k++)
            {
                fast[i++] = st[argStart + k];
            }

            for (var firstDefault = p.NPosArgs - (defaults?.Length ?? 0); i < p.NPosArgs; i++)
            {
                fast[i] = defaults![i - firstDefault];
            }

            foreach (var cell in p.Cells)
            {
                fast[cell] = new PyCell(fast[cell]);
            }

            Run(frame, out result);
            return true;
        }
        finally
        {
            code.ReturnFrame(frame);
        }
    }

    /// <summary>Runs a frame until it returns or yields; a Python exception leaves as <see cref="PyRaise"/>.</summary>
    public static FrameExit Run(Frame f, out object result)
    {
        var ctx = VmContext.Current;
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (++ctx.Depth > ctx.MaxDepth)
        {
            ctx.Depth--;
            throw Err.Make(Types.RuntimeError, "maximum recursion depth exceeded");
        }

        var caller = ctx.Frame;
        ctx.Frame = f;
        try
        {
            return Loop(f, ctx, out result);
        }
        finally
        {
            ctx.Depth--;
            ctx.Frame = caller;
        }
    }

    private static FrameExit Loop(Frame f, VmContext ctx, out object result)
    {
        var code = f.Code.Code;
        var fast = f.Fast;
        var st = f.Stack;
        var mod = f.Module;
        var ip = f.Ip;
        var sp = f.Sp;
        var start = ip;
        while (true)
        {
            try
            {
                if (f.PendingThrow is { } injected && code[ip].Op != Opcode.YieldFrom)
                {
                    f.PendingThrow = null;
                    start = ip;
                    throw new PyRaise(injected);
                }

                while (true)
                {
                    start = ip;
                    ref readonly var ins = ref code[ip++];
                    var arg = ins.Arg;
                    switch (ins.Op)
                    {
                        case Opcode.LoadConstObj: st[++sp] = ins.Value; break;
                        case Opcode.UnaryOpMulti: st[sp] = Ops.Unary(arg, st[sp]!); break;
                        case Opcode.BinaryOpMulti:
                            {
                                var rhs = st[sp--]!;
                                st[sp] = Ops.Binary(arg, st[sp]!, rhs);
                                break;
                            }

                        case Opcode.LoadNull: st[++sp] = null; break;
                        case Opcode.LoadFastN: st[++sp] = fast[arg] ?? throw UnboundLocal(); break;
                        case Opcode.StoreFastN: fast[arg] = st[sp--]; break;
                        case Opcode.DeleteFast:
                            if (fast[arg] is null)
                            {
                                throw UnboundLocal();
                            }

                            fast[arg] = null;
                            break;
                        case Opcode.LoadDeref:
                            st[++sp] = ((PyCell)fast[arg]!).Value ?? throw UnboundLocal();
                            break;
                        case Opcode.StoreDeref: ((PyCell)fast[arg]!).Value = st[sp--]; break;
                        case Opcode.DeleteDeref:
                            {
                                var cell = (PyCell)fast[arg]!;
                                if (cell.Value is null)
                                {
                                    throw UnboundLocal();
                                }

                                cell.Value = null;
                                break;
                            }

                        case Opcode.LoadName:
                            {
                                var name = (string)ins.Value!;
                                st[++sp] = f.Locals is null || ReferenceEquals(f.Locals, f.Globals)
                                    ? InlineCaches.LoadGlobal((GlobalCache)ins.Cache!, f.Globals, name, ctx)
                                    : f.Locals.Table.Get(name) ?? InlineCaches.LoadGlobal((GlobalCache)ins.Cache!, f.Globals, name, ctx);
                                break;
                            }

                        case Opcode.LoadGlobal:
                            st[++sp] = InlineCaches.LoadGlobal((GlobalCache)ins.Cache!, f.Globals, (string)ins.Value!, ctx);
                            break;
                        case Opcode.StoreName:
                            if (f.Locals is null || ReferenceEquals(f.Locals, f.Globals))
                            {
                                InlineCaches.StoreGlobal((GlobalCache)ins.Cache!, f.Globals, (string)ins.Value!, st[sp--]!);
                            }
                            else
                            {
                                f.Locals[(string)ins.Value!] = st[sp--];
                            }

                            break;
                        case Opcode.StoreGlobal:
                            InlineCaches.StoreGlobal((GlobalCache)ins.Cache!, f.Globals, (string)ins.Value!, st[sp--]!);
                            break;
                        case Opcode.DeleteName:
                            // MicroPython reports a missing name here as the dict's KeyError.
                            if (!(f.Locals ?? f.Globals).Table.Remove(mod.Qstrs[arg], out _))
                            {
                                throw Err.Key(mod.Qstrs[arg]);
                            }

                            break;
                        case Opcode.DeleteGlobal:
                            if (!f.Globals.Table.Remove(mod.Qstrs[arg], out _))
                            {
                                throw Err.Key(mod.Qstrs[arg]);
                            }

                            break;
                        case Opcode.LoadAttr: st[sp] = InlineCaches.LoadAttr((AttrCache)ins.Cache!, st[sp]!, (string)ins.Value!); break;
                        case Opcode.LoadMethod:
                            {
                                var (m, self) = InlineCaches.LoadMethod((AttrCache)ins.Cache!, st[sp]!, (string)ins.Value!);
                                st[sp] = m;
                                st[++sp] = self;
                                break;
                            }

                        case Opcode.LoadSuperMethod:
                            {
                                sp--;
                                var cls = st[sp] as PyType ?? throw Err.Type("super() argument 1 must be type");
                                var (m, self) = Attr.LoadMethod(new PySuper(cls, st[sp + 1]!), mod.Qstrs[arg]);
                                st[sp - 1] = m;
                                st[sp] = self;
                                break;
                            }

                        case Opcode.StoreAttr:
                            {
                                var obj = st[sp]!;
                                var value = st[sp - 1];
                                sp -= 2;
                                if (value is null)
                                {
                                    Attr.Delete(obj, mod.Qstrs[arg]);
                                }
                                else
                                {
                                    InlineCaches.StoreAttr((AttrCache)ins.Cache!, obj, (string)ins.Value!, value);
                                }

                                break;
                            }

                        case Opcode.LoadSubscr:
                            {
                                var index = st[sp--]!;
                                st[sp] = Seq.GetItem(st[sp]!, index);
                                break;
                            }

                        case Opcode.StoreSubscr:
                            {
                                var index = st[sp]!;
                                var obj = st[sp - 1]!;
                                var value = st[sp - 2];
                                sp -= 3;
                                if (value is null)
                                {
                                    Seq.DelItem(obj, index);
                                }
                                else
                                {
                                    Seq.SetItem(obj, index, value);
                                }

                                break;
                            }

                        case Opcode.DupTop: st[sp + 1] = st[sp]; sp++; break;
                        case Opcode.DupTopTwo: st[sp + 1] = st[sp - 1]; st[sp + 2] = st[sp]; sp += 2; break;
                        case Opcode.PopTop: sp--; break;
                        case Opcode.RotTwo: (st[sp], st[sp - 1]) = (st[sp - 1], st[sp]); break;
                        case Opcode.RotThree:
                            {
                                var top = st[sp];
                                st[sp] = st[sp - 1];
                                st[sp - 1] = st[sp - 2];
                                st[sp - 2] = top;
                                break;
                            }

                        case Opcode.Jump: ip = (int)arg; break;
                        case Opcode.PopJumpIfTrue:
                            if (Ops.Truth(st[sp--]!))
                            {
                                ip = (int)arg;
                            }

                            break;
                        case Opcode.PopJumpIfFalse:
                            if (!Ops.Truth(st[sp--]!))
                            {
                                ip = (int)arg;
                            }

                            break;
                        case Opcode.JumpIfTrueOrPop:
                            if (Ops.Truth(st[sp]!))
                            {
                                ip = (int)arg;
                            }
                            else
                            {
                                sp--;
                            }

                            break;
                        case Opcode.JumpIfFalseOrPop:
                            if (Ops.Truth(st[sp]!))
                            {
                                sp--;
                            }
                            else
                            {
                                ip = (int)arg;
                            }

                            break;
                        case Opcode.SetupWith:
                            {
                                var obj = st[sp]!;
                                var (exit, exitSelf) = Attr.LoadMethod(obj, "__exit__");
                                var (enter, enterSelf) = Attr.LoadMethod(obj, "__enter__");
                                st[sp] = exit;
                                st[++sp] = exitSelf;
                                var ret = Calls.CallLoaded(enter, enterSelf, []);
                                PushHandler(f, (int)arg, sp, true);
                                st[++sp] = ret;
                                break;
                            }

                        case Opcode.WithCleanup:
                            {
                                var top = st[sp]!;
                                if (top == Ops.None)
                                {
                                    sp -= 2;
                                    Calls.CallLoaded(st[sp]!, st[sp + 1], [Ops.None, Ops.None, Ops.None]);
                                    st[sp] = Ops.None;
                                }
                                else if (top is long)
                                {
                                    var data = st[sp - 1];
                                    Calls.CallLoaded(st[sp - 3]!, st[sp - 2], [Ops.None, Ops.None, Ops.None]);
                                    st[sp - 3] = data;
                                    st[sp - 2] = top;
                                    sp -= 2;
                                }
                                else
                                {
                                    var exc = (PyExceptionObject)top;
                                    sp -= 2;
                                    var ret = Calls.CallLoaded(st[sp]!, st[sp + 1], [exc.Class, exc, Ops.None]);
                                    st[sp] = Ops.Truth(ret) ? Ops.None : exc;
                                }

                                break;
                            }

                        case Opcode.UnwindJump:
                            st[++sp] = new JumpTarget((int)arg);
                            st[++sp] = (long)ins.Extra;
                            if (UnwindJump(f, ref ip, ref sp, start))
                            {
                                continue;
                            }

                            break;
                        case Opcode.SetupExcept:
                        case Opcode.SetupFinally:
                            PushHandler(f, arg, sp, ins.Op == Opcode.SetupFinally);
                            break;
                        case Opcode.EndFinally:
                            {
                                f.HandlerSp--;
                                var top = st[sp]!;
                                if (top == Ops.None)
                                {
                                    sp--;
                                }
                                else if (top is long cause)
                                {
                                    sp--;
                                    if (cause < 0)
                                    {
                                        if (UnwindReturn(f, ref ip, ref sp, start, out result))
                                        {
                                            f.Ip = ip;
                                            f.Sp = sp;
                                            return FrameExit.Returned;
                                        }
                                    }
                                    else
                                    {
                                        st[++sp] = cause;
                                        UnwindJump(f, ref ip, ref sp, start);
                                    }
                                }
                                else
                                {
                                    throw new PyRaise((PyExceptionObject)top);
                                }

                                break;
                            }

                        case Opcode.GetIter: st[sp] = Iter.Get(st[sp]!); break;
                        case Opcode.GetIterStack:
                            {
                                // Same layout the compiler builds inline for comprehensions: null, iterator, two spare slots.
                                var it = Iter.Get(st[sp]!);
                                st[sp] = null;
                                st[++sp] = it;
                                st[++sp] = null;
                                st[++sp] = null;
                                break;
                            }

                        case Opcode.ForIter:
                            {
                                var value = Iter.Next(st[sp - IterSlots + 2]!);
                                if (value is null)
                                {
                                    sp -= IterSlots;
                                    ip = (int)arg;
                                }
                                else
                                {
                                    st[++sp] = value;
                                }

                                break;
                            }

                        case Opcode.PopExceptJump:
                            f.HandlerSp--;
                            ip = (int)arg;
                            break;
                        case Opcode.BuildTuple:
                            {
                                var n = (int)arg;
                                var items = new object[n];
                                Array.Copy(st, sp - n + 1, items, 0, n);
                                sp -= n;
                                st[++sp] = new PyTuple(items);
                                break;
                            }

                        case Opcode.BuildList:
                            {
                                var n = (int)arg;
                                var list = new PyList();
                                for (var i = sp - n + 1; i <= sp; i++)
                                {
                                    list.Items.Add(st[i]!);
                                }

                                sp -= n;
                                st[++sp] = list;
                                break;
                            }

                        case Opcode.BuildMap: st[++sp] = new PyDict((int)arg); break;
                        case Opcode.StoreMap:
                            {
                                var key = st[sp]!;
                                var value = st[sp - 1]!;
                                sp -= 2;
                                ((PyDict)st[sp]!)[key] = value;
                                break;
                            }

                        case Opcode.BuildSet:
                            {
                                var n = (int)arg;
                                var set = new PySet(n);
                                for (var i = sp - n + 1; i <= sp; i++)
                                {
                                    set.Add(st[i]!);
                                }

                                sp -= n;
                                st[++sp] = set;
                                break;
                            }

                        case Opcode.BuildSlice:
                            {
                                object step = Ops.None;
                                if (arg == 3)
                                {
                                    step = st[sp--]!;
                                }

                                var stop = st[sp--]!;
                                st[sp] = new PySlice(st[sp]!, stop, step);
                                break;
                            }

                        case Opcode.StoreComp:
                            {
                                var target = st[sp - (int)(arg >> 2)]!;
                                switch (arg & 3)
                                {
                                    case 0:
                                        ((PyList)target).Append(st[sp--]!);
                                        break;
                                    case 1:
                                        ((PyDict)target)[st[sp]!] = st[sp - 1];
                                        sp -= 2;
                                        break;
                                    default:
                                        ((PySet)target).Add(st[sp--]!);
                                        break;
                                }

                                break;
                            }

                        case Opcode.UnpackSequence:
                            {
                                var n = (int)arg;
                                var items = Unpack.Exactly(st[sp]!, n);
                                for (var i = 0; i < n; i++)
                                {
                                    st[sp + i] = items[n - 1 - i];
                                }

                                sp += n - 1;
                                break;
                            }

                        case Opcode.UnpackEx:
                            {
                                var before = (int)(arg & 0xff);
                                var after = (int)((arg >> 8) & 0xff);
                                var items = Unpack.Starred(st[sp]!, before, after);
                                for (var i = 0; i < items.Length; i++)
                                {
                                    st[sp + i] = items[items.Length - 1 - i];
                                }

                                sp += items.Length - 1;
                                break;
                            }

                        case Opcode.MakeFunction:
                            st[++sp] = new PyFunction(f.Code.Children[arg], null, null, []);
                            break;
                        case Opcode.MakeFunctionDefargs:
                            {
                                var kwd = st[sp--] as PyDict;
                                var defs = st[sp] as PyTuple;
                                st[sp] = new PyFunction(f.Code.Children[arg], defs, kwd, []);
                                break;
                            }

                        case Opcode.MakeClosure:
                        case Opcode.MakeClosureDefargs:
                            {
                                var n = ins.Extra;
                                var closed = new object[n];
                                Array.Copy(st, sp - n + 1, closed, 0, n);
                                sp -= n;
                                PyTuple? defs = null;
                                PyDict? kwd = null;
                                if (ins.Op == Opcode.MakeClosureDefargs)
                                {
                                    kwd = st[sp--] as PyDict;
                                    defs = st[sp--] as PyTuple;
                                }

                                st[++sp] = new PyFunction(f.Code.Children[arg], defs, kwd, closed);
                                break;
                            }

                        case Opcode.CallFunction:
                        case Opcode.CallMethod:
                        case Opcode.CallFunctionVarKw:
                        case Opcode.CallMethodVarKw:
                            {
                                var nPos = (int)(arg & 0xff);
                                var nKw = (int)((arg >> 8) & 0xff);
                                var isMethod = ins.Op is Opcode.CallMethod or Opcode.CallMethodVarKw;
                                var isVar = ins.Op is Opcode.CallFunctionVarKw or Opcode.CallMethodVarKw;
                                var total = nPos + (2 * nKw) + (isVar ? 1 : 0) + (isMethod ? 2 : 1);
                                var baseSp = sp - total + 1;
                                if (nKw != 0 || isVar || !TryCallDirect(st, baseSp, nPos, isMethod, out var res))
                                {
                                    res = CallFromStack(st, baseSp, nPos, nKw, isMethod, isVar);
                                }

                                sp = baseSp;
                                st[sp] = res;
                                break;
                            }

                        case Opcode.ReturnValue:
                            if (UnwindReturn(f, ref ip, ref sp, start, out result))
                            {
                                f.Ip = ip;
                                f.Sp = sp;
                                return FrameExit.Returned;
                            }

                            break;
                        case Opcode.RaiseLast:
                            {
                                PyExceptionObject? last = null;
                                for (var i = f.HandlerSp; i >= 0; i--)
                                {
                                    if (f.Handlers[i].PreviousException is { } pe)
                                    {
                                        last = pe;
                                        break;
                                    }
                                }

                                throw new PyRaise(last ?? Err.Make(Types.RuntimeError, "no active exception to reraise").Value);
                            }

                        case Opcode.RaiseObj:
                            throw new PyRaise(Exceptions.MakeRaisable(st[sp]!));
                        case Opcode.RaiseFrom:
                            sp--;
                            throw new PyRaise(Exceptions.MakeRaisable(st[sp]!));
                        case Opcode.YieldValue:
                            result = st[sp--]!;
                            f.Ip = ip;
                            f.Sp = sp;
                            return FrameExit.Yielded;
                        case Opcode.YieldFrom:
                            {
                                var send = st[sp--]!;
                                var delegateIter = st[sp]!;
                                var thrown = f.PendingThrow;
                                f.PendingThrow = null;
                                var (done, value) = Delegate.Resume(delegateIter, send, thrown);
                                if (!done)
                                {
                                    result = value;
                                    f.Ip = start;
                                    f.Sp = sp;
                                    return FrameExit.Yielded;
                                }

                                st[sp] = value;
                                if (thrown is not null && thrown.Class.IsSubclassOf(Types.GeneratorExit))
                                {
                                    throw new PyRaise(thrown);
                                }

                                break;
                            }

                        case Opcode.ImportName:
                            {
                                var fromList = st[sp--]!;
                                var level = Ints.ToLong(st[sp]!);
                                st[sp] = Importer.ImportName(ctx, mod.Qstrs[arg], fromList, (int)level, f.Globals);
                                break;
                            }

                        case Opcode.ImportFrom:
                            st[sp + 1] = Importer.ImportFrom(ctx, st[sp]!, mod.Qstrs[arg]);
                            sp++;
                            break;
                        case Opcode.ImportStar:
                            Importer.ImportStar(st[sp--]!, f.Locals ?? f.Globals);
                            break;
                        case Opcode.LoadBuildClass:
                            st[++sp] = ctx.Builtin("__build_class__");
                            break;
                        default:
                            throw Err.Make(Types.NotImplementedError, "opcode");
                    }
                }
            }
            catch (Exception e) when (HostExceptions.Translate(e) is not null)
            {
                var exc = HostExceptions.Translate(e)!;
                var opAt = code[start].Op;
                if (opAt != Opcode.EndFinally && opAt != Opcode.RaiseLast)
                {
                    exc.Traceback.Add(new TraceEntryBuilder(f, start).Entry);
                }

                while (f.HandlerSp >= 0 && f.Handlers[f.HandlerSp].Handler <= start)
                {
                    f.HandlerSp--;
                }

                if (f.HandlerSp < 0)
                {
                    f.Ip = ip;
                    f.Sp = sp;
                    if (e is PyRaise)
                    {
                        throw;
                    }

                    throw new PyRaise(exc);
                }

                ref var h = ref f.Handlers[f.HandlerSp];
                ip = h.Handler;
                sp = h.Sp;
                h.PreviousException = exc;
                st[++sp] = exc;
            }
        }
    }

    private static PyRaise UnboundLocal() => Err.Make(Types.NameError, "local variable referenced before assignment");

    private static void PushHandler(Frame f, int handler, int sp, bool isFinally)
    {
        f.Handlers[++f.HandlerSp] = new HandlerBlock { Handler = handler, Sp = sp, IsFinally = isFinally };
    }

    // Drops a finally's pending jump or return when a later unwind replaces it.
    private static void CancelActiveFinally(object?[] st, ref int sp)
    {
        if (st[sp - 1] is long)
        {
            st[sp - 2] = st[sp];
            sp -= 2;
        }
        else
        {
            st[sp - 1] = st[sp];
            sp -= 1;
        }
    }

    /// <summary>Pops handlers for a jump out of try blocks, entering a finally on the way; true when it entered one.</summary>
    private static bool UnwindJump(Frame f, ref int ip, ref int sp, int start)
    {
        var st = f.Stack;
        var unum = (long)st[sp--]!;
        while ((unum & 0x7f) > 0)
        {
            unum--;
            ref var h = ref f.Handlers[f.HandlerSp];
            if (h.IsFinally)
            {
                if (h.Handler > start)
                {
                    st[++sp] = unum;
                    ip = h.Handler;
                    return true;
                }

                CancelActiveFinally(st, ref sp);
            }

            f.HandlerSp--;
        }

        ip = ((JumpTarget)st[sp--]!).Ip;
        if (unum != 0)
        {
            sp -= IterSlots;
        }

        return false;
    }

    /// <summary>Runs the finally blocks a return passes through; true when the function really returns.</summary>
    private static bool UnwindReturn(Frame f, ref int ip, ref int sp, int start, out object result)
    {
        var st = f.Stack;
        while (f.HandlerSp >= 0)
        {
            ref var h = ref f.Handlers[f.HandlerSp];
            if (h.IsFinally)
            {
                if (h.Handler > start)
                {
                    var value = st[sp];
                    sp = h.Sp + 1;
                    st[sp] = value;
                    st[++sp] = -1L;
                    ip = h.Handler;
                    result = Ops.None;
                    return false;
                }

                CancelActiveFinally(st, ref sp);
            }

            f.HandlerSp--;
        }

        result = st[sp]!;
        return true;
    }

    private static object CallFromStack(object?[] st, int baseSp, int nPos, int nKw, bool isMethod, bool isVar)
    {
        var fun = st[baseSp]!;
        var argStart = baseSp + 1;
        object? self = null;
        if (isMethod)
        {
            self = st[argStart];
            argStart++;
        }

        if (nKw == 0 && !isVar)
        {
            var plain = new object[nPos + (self is null ? 0 : 1)];
            var at = 0;
            if (self is not null)
            {
                plain[at++] = self;
            }

            Array.Copy(st, argStart, plain, at, nPos);
            return Calls.Call(fun, plain);
        }

        var args = new List<object>(nPos + 1);
        if (self is not null)
        {
            args.Add(self);
        }

        long starMask = isVar ? (long)st[argStart + nPos + (2 * nKw)]! : 0;
        for (var i = 0; i < nPos; i++)
        {
            var a = st[argStart + i]!;
            if (((starMask >> i) & 1) != 0)
            {
                args.AddRange(Seq.ToList(a));
            }
            else
            {
                args.Add(a);
            }
        }

        KwArgs? kw = null;
        if (nKw > 0)
        {
            kw = [];
            for (var i = 0; i < nKw; i++)
            {
                var key = st[argStart + nPos + (2 * i)];
                var value = st[argStart + nPos + (2 * i) + 1]!;
                if (key is null)
                {
                    Calls.AddMapping(kw, value);
                }
                else
                {
                    kw.Add(new((string)key, value));
                }
            }
        }

        return Calls.Call(fun, [.. args], kw);
    }
}
