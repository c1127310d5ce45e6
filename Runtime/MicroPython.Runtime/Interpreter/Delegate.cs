using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime.Interpreter;

/// <summary>Drives the iterator of a <c>yield from</c> (or <c>await</c>) by one step.</summary>
internal static class Delegate
{
    /// <summary>Sends a value or throws an exception into <paramref name="it"/>: done with the return value, or a yielded value.</summary>
    public static (bool Done, object Value) Resume(object it, object send, PyExceptionObject? thrown)
    {
        if (it is PyGenerator g)
        {
            var v = g.Resume(send, thrown, out var done);
            return (done, v);
        }

        try
        {
            if (thrown is not null)
            {
                if (it is PyInstance && Attr.TryGet(it, "throw") is { } th)
                {
                    return (false, Calls.Call(th, [thrown]));
                }

                if (thrown.Class.IsSubclassOf(Types.GeneratorExit) && Attr.TryGet(it, "close") is { } cl)
                {
                    Calls.Call(cl, []);
                }

                throw new PyRaise(thrown);
            }

            if (send == Ops.None)
            {
                // A user __next__'s StopIteration carries the delegate's return value (asyncio's Task).
                if (it is PyInstance inst && inst.Class.Lookup("__next__") is { } nextMethod)
                {
                    return (false, Calls.CallMethod(nextMethod, inst, []));
                }

                var next = Iter.Next(it);
                return next is null ? (true, Ops.None) : (false, next);
            }

            var sendFn = Attr.TryGet(it, "send") ?? throw Err.Attribute($"'{Types.Of(it).Name}' object has no attribute 'send'");
            return (false, Calls.Call(sendFn, [send]));
        }
        catch (PyRaise e) when (e.Value.Class.IsSubclassOf(Types.StopIteration))
        {
            return (true, e.Value.Value);
        }
    }
}
