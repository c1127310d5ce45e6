using System.Runtime.ExceptionServices;

namespace MicroPython.Compiler.Hosting;

/// <summary>
/// Runs compiler work on threads with large stacks. The compiler bounds its own nesting depth, but
/// a program near that bound still recurses deeply, and the small stacks of pool threads (or of an
/// MSBuild node) are not the place to find out how deep is too deep: a stack overflow cannot be caught.
/// </summary>
public static class DeepStack
{
    private const int StackSize = 256 * 1024 * 1024;

    /// <summary>Runs <paramref name="work"/> on a large-stack thread and returns its result (or rethrows its exception).</summary>
    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        For(1, _ => result = work());
        return result;
    }

    /// <summary>
    /// Runs <paramref name="body"/> for 0 … <paramref name="count"/>−1 on one large-stack thread per
    /// core; after all have run, the exception of the lowest index that failed is rethrown.
    /// </summary>
    public static void For(int count, Action<int> body)
    {
        var next = -1;
        var failures = new ExceptionDispatchInfo?[count];
        // plain loops, not LINQ: its generic iterators are compiled by the JIT in every run of the tool
        var workers = new Thread[Math.Clamp(Environment.ProcessorCount, 1, Math.Max(count, 1))];
        for (var w = 0; w < workers.Length; w++)
        {
            workers[w] = new Thread(
                () =>
                {
                    for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
                    {
                        try
                        {
                            body(i);
                        }
                        catch (Exception e)
                        {
                            failures[i] = ExceptionDispatchInfo.Capture(e);
                        }
                    }
                },
                StackSize);
            workers[w].Start();
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }

        failures.FirstOrDefault(f => f is not null)?.Throw();
    }
}
