namespace MicroPython.Cli;

/// <summary>
/// Runs compiler work on a thread with a large stack. The compiler bounds its own nesting depth, but
/// a program near that bound still recurses deeply, and the default 1 MB of a pool thread is not
/// the place to find out how deep is too deep.
/// </summary>
internal static class DeepStack
{
    private const int StackSize = 256 * 1024 * 1024;

    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            StackSize);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        return result;
    }
}
