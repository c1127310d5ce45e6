using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime.Builtins;

/// <summary>The errno module: the unix port's error numbers (Linux values) and <c>errorcode</c>.</summary>
internal static class ErrnoModule
{
    /// <summary>The names and numbers the unix port's errno module has (MICROPY_PY_ERRNO_LIST), in its order.</summary>
    public static readonly (string Name, long Number)[] Codes =
    [
        ("EPERM", 1), ("ENOENT", 2), ("EIO", 5), ("EBADF", 9), ("EAGAIN", 11), ("ENOMEM", 12), ("EACCES", 13),
        ("EEXIST", 17), ("ENODEV", 19), ("EISDIR", 21), ("EINVAL", 22), ("EOPNOTSUPP", 95), ("EADDRINUSE", 98),
        ("ECONNABORTED", 103), ("ECONNRESET", 104), ("ENOBUFS", 105), ("ENOTCONN", 107), ("ETIMEDOUT", 110),
        ("ECONNREFUSED", 111), ("EHOSTUNREACH", 113), ("EALREADY", 114), ("EINPROGRESS", 115),
    ];

    public static void Fill(PyDict g)
    {
        var errorcode = new PyDict();
        foreach (var (name, number) in Codes)
        {
            g[name] = number;
            errorcode[number] = name;
        }

        g["errorcode"] = errorcode;
    }
}
