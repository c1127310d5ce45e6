using System.Text;
using MicroPython.Runtime.Objects;
using static MicroPython.Runtime.Builtins.Args;

namespace MicroPython.Runtime.Builtins;

/// <summary>
/// The io module: <c>StringIO</c> and <c>BytesIO</c> (one in-memory byte stream; StringIO reads and
/// writes UTF-8 text over it, as MicroPython's does) and <c>IOBase</c> for user streams.
/// </summary>
internal static class IoModule
{
    private static readonly PyType StringIO = MakeStream("StringIO", text: true);
    private static readonly PyType BytesIO = MakeStream("BytesIO", text: false);
    private static readonly PyType IOBase = MakeIOBase();

    public static void Fill(PyDict g)
    {
        g["StringIO"] = StringIO;
        g["BytesIO"] = BytesIO;
        g["IOBase"] = IOBase;
    }

    private static PyType MakeIOBase()
    {
        var t = new PyType("IOBase", [Types.Object], new PyDict(), true);
        t.Maker = (cls, a, _) => new PyInstance(cls);
        return t;
    }

    private static PyType MakeStream(string name, bool text)
    {
        var t = new PyType(name, [Types.Object], new PyDict(), true);
        t.Maker = (cls, a, _) =>
        {
            var s = new MemoryStream8(text);
            if (a.Length > 0 && a[0] is long size)
            {
                s.Data.Capacity = (int)size;
            }
            else if (a.Length > 0)
            {
                s.Data.AddRange(text ? Encoding.UTF8.GetBytes(Str(a[0])) : Seq.Bytes(a[0]));
            }

            var instance = new PyInstance(cls) { Native = s };
            s.Owner = instance;
            return instance;
        };
        Def(t, "read", a => S(a).Wrap(S(a).Read(a.Length > 1 && a[1] != Ops.None ? Ints.ToLong(a[1]) : -1)));
        Def(t, "readline", a => S(a).Wrap(S(a).ReadLine(a.Length > 1 && a[1] != Ops.None ? Ints.ToLong(a[1]) : -1)));
        Def(t, "readinto", a =>
        {
            var s = S(a);
            var target = (PyByteArray)a[1];
            var got = s.Read(a.Length > 2 ? Math.Min(Ints.ToLong(a[2]), target.Data.Count) : target.Data.Count);
            for (var i = 0; i < got.Length; i++)
            {
                target.Data[i] = got[i];
            }

            return (long)got.Length;
        });
        Def(t, "write", a => S(a).Write(S(a).Text ? Encoding.UTF8.GetBytes(Str(a[1])) : Seq.Bytes(a[1])));
        Def(t, "getvalue", a => S(a).Wrap([.. S(a).Open().Data]));
        Def(t, "seek", a => S(a).Seek(Ints.ToLong(a[1]), a.Length > 2 ? Ints.ToLong(a[2]) : 0));
        Def(t, "tell", a => (long)S(a).Open().Position);
        Def(t, "flush", a => Ops.None);
        Def(t, "close", a => { S(a).Closed = true; return Ops.None; });
        Def(t, "__enter__", a => S(a).Owner);
        Def(t, "__exit__", a => { S(a).Closed = true; return Ops.None; });
        Def(t, "__iter__", a => S(a).Owner);
        Def(t, "__next__", a =>
        {
            var line = S(a).ReadLine(-1);
            return line.Length == 0 ? throw Err.Make(Types.StopIteration) : S(a).Wrap(line);
        });
        Def(t, "__repr__", a => $"<io.{name} 0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(a[0]):x}>");
        return t;
    }

    private static MemoryStream8 S(object[] a) => (MemoryStream8)a[0];

    /// <summary>The state of a StringIO or BytesIO: its bytes, position and whether it is closed.</summary>
    private sealed class MemoryStream8(bool text)
    {
        public List<byte> Data { get; } = [];

        // Built-in methods are handed this state, not the instance: the ones returning self use this.
        public PyInstance Owner { get; set; } = null!;

        public int Position { get; set; }

        public bool Closed { get; set; }

        public bool Text { get; } = text;

        public MemoryStream8 Open() => Closed ? throw Err.Value("I/O operation on closed file") : this;

        public object Wrap(byte[] bytes) => Text ? Encoding.UTF8.GetString(bytes) : new PyBytes(bytes);

        public byte[] Read(long size)
        {
            Open();
            var available = Math.Max(0, Data.Count - Position);
            var n = size < 0 ? available : (int)Math.Min(size, available);
            var result = Data.GetRange(Math.Min(Position, Data.Count), n).ToArray();
            Position += n;
            return result;
        }

        public byte[] ReadLine(long size)
        {
            Open();
            var result = new List<byte>();
            while (Position < Data.Count && (size < 0 || result.Count < size))
            {
                var b = Data[Position++];
                result.Add(b);
                if (b == '\n')
                {
                    break;
                }
            }

            return [.. result];
        }

        public long Write(byte[] bytes)
        {
            Open();
            while (Data.Count < Position)
            {
                Data.Add(0);
            }

            for (var i = 0; i < bytes.Length; i++)
            {
                if (Position + i < Data.Count)
                {
                    Data[Position + i] = bytes[i];
                }
                else
                {
                    Data.Add(bytes[i]);
                }
            }

            Position += bytes.Length;
            return bytes.Length;
        }

        public long Seek(long offset, long whence)
        {
            Open();
            var basePos = whence switch { 1 => Position, 2 => Data.Count, _ => 0 };
            var target = basePos + offset;
            Position = (int)Math.Max(0, whence == 0 && offset < 0 ? 0 : target);
            return Position;
        }
    }
}
