using System.Runtime.ExceptionServices;

namespace MicroPython.Build.Tasks;

/// <summary>
/// Runs compiler work on a thread with a large stack: the compiler bounds its nesting depth, but a
/// program near that bound recurses deeply, and an MSBuild node's pool threads have small stacks.
/// </summary>
internal static class LargeStack
{
    private const int StackSize = 256 * 1024 * 1024;

    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            },
            StackSize);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}
