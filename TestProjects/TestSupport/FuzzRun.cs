namespace MicroPython.TestSupport;

/// <summary>
/// Runs fuzz cases, each within a time limit, and reports every case that threw an exception of
/// a type the code under test does not promise, or that ran over its limit.
/// </summary>
public static class FuzzRun
{
    /// <summary>Runs <paramref name="body"/> on each case; returns one line per failing case (empty when all passed).</summary>
    /// <param name="cases">The inputs, by case number.</param>
    /// <param name="body">The code under test.</param>
    /// <param name="expected">Whether an exception is one of the code's own errors.</param>
    /// <param name="limit">The longest a case may take.</param>
    public static IReadOnlyList<string> Failures(IReadOnlyList<byte[]> cases, Action<byte[]> body, Func<Exception, bool> expected, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var failures = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var input = cases[i];
            var run = Task.Run(() => body(input));
            try
            {
                if (!run.Wait(limit))
                {
                    failures.Add($"case {i}: ran over {limit.TotalSeconds} s");
                    break;
                }
            }
            catch (AggregateException e) when (e.InnerException is { } inner)
            {
                if (!expected(inner))
                {
                    failures.Add($"case {i}: {inner.GetType().Name}: {inner.Message}\n{inner.StackTrace}");
                }
            }
        }

        return failures;
    }
}
