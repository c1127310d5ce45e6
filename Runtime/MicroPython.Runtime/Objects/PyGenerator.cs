using MicroPython.Runtime.Interpreter;

namespace MicroPython.Runtime.Objects;

/// <summary>A generator (or coroutine): a suspended frame resumed by next, send and throw.</summary>
internal sealed class PyGenerator(Frame frame, string name) : PyObject
{
    private bool started;
    private bool finished;
    private bool running;

    public string Name { get; } = name;

    public override PyType Type => Types.Generator;

    /// <summary>Runs the generator to its next yield; <paramref name="done"/> when it returned instead (the value is the return value).</summary>
    public object Resume(object send, PyExceptionObject? thrown, out bool done)
    {
        if (finished)
        {
            if (thrown is not null)
            {
                throw new PyRaise(thrown);
            }

            done = true;
            return Ops.None;
        }

        if (running)
        {
            throw Err.Value("generator already executing");
        }

        if (!started && thrown is null && send != Ops.None)
        {
            throw Err.Type("can't send non-None value to a just-started generator");
        }

        if (started)
        {
            frame.Push(thrown is null ? send : Ops.None);
        }

        frame.PendingThrow = thrown;
        started = true;
        running = true;
        try
        {
            var exit = Executor.Run(frame, out var value);
            done = exit == FrameExit.Returned;
            finished = done;
            return value;
        }
        catch (PyRaise e)
        {
            finished = true;
            if (e.Value.Class.IsSubclassOf(Types.StopIteration) && !ReferenceEquals(e.Value, thrown))
            {
                throw Err.Make(Types.RuntimeError, "generator raised StopIteration");
            }

            throw;
        }
        finally
        {
            running = false;
        }
    }

    /// <summary>The next value, or null when the generator is exhausted.</summary>
    public object? Next()
    {
        var v = Resume(Ops.None, null, out var done);
        return done ? null : v;
    }

    public object Close()
    {
        if (!started || finished)
        {
            finished = true;
            return Ops.None;
        }

        try
        {
            Resume(Ops.None, Err.Make(Types.GeneratorExit).Value, out var done);
            if (!done)
            {
                throw Err.Make(Types.RuntimeError, "generator ignored GeneratorExit");
            }

            return Ops.None;
        }
        catch (PyRaise e) when (e.Value.Class.IsSubclassOf(Types.GeneratorExit) || e.Value.Class.IsSubclassOf(Types.StopIteration))
        {
            return Ops.None;
        }
    }
}
