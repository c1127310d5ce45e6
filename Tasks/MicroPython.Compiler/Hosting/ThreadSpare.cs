namespace MicroPython.Compiler.Hosting;

/// <summary>
/// One spare object of a kind per thread, handed from one compile to the next on that thread. A
/// batch compiles thousands of modules on a few threads; working buffers taken from here are
/// grown once per thread instead of once per module. A taker owns the object until it keeps it
/// again, so a thread never has two users of one spare.
/// </summary>
/// <typeparam name="T">The kind of object.</typeparam>
internal static class ThreadSpare<T>
    where T : class
{
    [ThreadStatic]
    private static T? spare;

    /// <summary>This thread's spare, or a new one made by <paramref name="create"/>.</summary>
    public static T Take(Func<T> create)
    {
        var taken = spare ?? create();
        spare = null;
        return taken;
    }

    /// <summary>Makes <paramref name="value"/> this thread's spare, for its next compile.</summary>
    public static void Keep(T value) => spare = value;
}
