namespace MicroPython.Freezer.Pipeline;

/// <summary>
/// A parallel loop on threads with large stacks. The compiler bounds its nesting depth, but a
/// module near that bound still recurses deeply, and a stack overflow cannot be caught — so
/// compiling never runs on the small stacks of pool threads.
/// </summary>
internal static class DeepStackWorkers
{
    private const int StackSize = 256 * 1024 * 1024;

    /// <summary>Runs <paramref name="body"/> for 0 … <paramref name="count"/>−1; the first exception (by index) is rethrown.</summary>
    public static void For(int count, Action<int> body)
    {
        var next = -1;
        var failures = new Exception?[count];
        var workers = Enumerable.Range(0, Math.Clamp(Environment.ProcessorCount, 1, Math.Max(count, 1)))
            .Select(_ => new Thread(
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
                            failures[i] = e;
                        }
                    }
                },
                StackSize))
            .ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        if (failures.FirstOrDefault(f => f is not null) is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }
}
