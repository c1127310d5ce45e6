using MicroPython.Runtime.Objects;
using static MicroPython.Runtime.Builtins.Args;

namespace MicroPython.Runtime.Builtins;

/// <summary>
/// The select module's <c>poll</c>, as asyncio uses it: objects are registered with an event mask
/// and polled through their <c>ioctl(MP_STREAM_POLL, mask)</c> method (MicroPython's stream
/// protocol); objects without one never become ready. With nothing ready, a poll sleeps out its
/// timeout, which is how asyncio waits for its next timer.
/// </summary>
internal static class SelectModule
{
    private const long PollIn = 0x0001;
    private const long PollOut = 0x0004;
    private const long PollErr = 0x0008;
    private const long PollHup = 0x0010;

    // MP_STREAM_POLL, the ioctl request that asks a stream which events it is ready for.
    private const long StreamPoll = 3;

    private static readonly PyType PollType = MakePollType();

    public static void Fill(PyDict g)
    {
        g["POLLIN"] = PollIn;
        g["POLLOUT"] = PollOut;
        g["POLLERR"] = PollErr;
        g["POLLHUP"] = PollHup;
        Def(g, "poll", (a, _) => new PyInstance(PollType) { Native = new Poller() });
    }

    private static PyType MakePollType()
    {
        var t = new PyType("poll", [Types.Object], new PyDict(), true);
        Def(t, "register", a =>
        {
            var mask = a.Length > 2 ? Ints.ToLong(a[2]) : PollIn | PollOut;
            var p = (Poller)a[0];
            p.Entries.RemoveAll(e => ReferenceEquals(e.Obj, a[1]));
            p.Entries.Add(new PollEntry(a[1], mask));
            return Ops.None;
        });
        Def(t, "unregister", a =>
        {
            ((Poller)a[0]).Entries.RemoveAll(e => ReferenceEquals(e.Obj, a[1]));
            return Ops.None;
        });
        Def(t, "modify", a =>
        {
            var p = (Poller)a[0];
            var i = p.Entries.FindIndex(e => ReferenceEquals(e.Obj, a[1]));
            if (i < 0)
            {
                throw new PyRaise(new PyExceptionObject(Types.OSError, new PyTuple([2L])));
            }

            p.Entries[i] = new PollEntry(a[1], Ints.ToLong(a[2]));
            return Ops.None;
        });
        Def(t, "poll", a => new PyList(Wait((Poller)a[0], a.Length > 1 ? a[1] : Ops.None)));
        Def(t, "ipoll", a => new PyIterator(Wait((Poller)a[0], a.Length > 1 ? a[1] : Ops.None).GetEnumerator(), "poll"));
        return t;
    }

    private static List<object> Wait(Poller p, object timeout)
    {
        var limit = timeout == Ops.None ? -1 : Ints.ToLong(timeout);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var ready = new List<object>();
            foreach (var e in p.Entries.ToList())
            {
                if (Attr.TryGet(e.Obj, "ioctl") is { } ioctl)
                {
                    var events = Ints.ToLong(Calls.Call(ioctl, [StreamPoll, e.Mask])) & (e.Mask | PollErr | PollHup);
                    if (events != 0)
                    {
                        ready.Add(new PyTuple([e.Obj, events]));
                    }
                }
            }

            var left = limit < 0 ? long.MaxValue : limit - clock.ElapsedMilliseconds;
            if (ready.Count > 0 || left <= 0)
            {
                return ready;
            }

            // Nothing polled can become ready by itself: sleep the whole timeout at once.
            var hasPollable = p.Entries.Any(e => Attr.TryGet(e.Obj, "ioctl") is not null);
            if (!hasPollable && limit < 0)
            {
                return ready;
            }

            Thread.Sleep(TimeSpan.FromMilliseconds(hasPollable ? Math.Min(left, 1) : left));
        }
    }

    private readonly record struct PollEntry(object Obj, long Mask);

    private sealed class Poller
    {
        public List<PollEntry> Entries { get; } = [];
    }
}
