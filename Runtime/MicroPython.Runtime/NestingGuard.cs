using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime;

/// <summary>
/// Bounds recursion through built-ins — comparing, printing or serialising containers that nest
/// deeply or contain themselves — as the device's C-stack check does: a
/// <c>RuntimeError: maximum recursion depth exceeded</c> the program can catch, never a host stack overflow.
/// </summary>
internal ref struct NestingGuard
{
    // Far deeper than real data nests, far shallower than the VM thread's stack.
    private const int MaxNesting = 10000;

    [ThreadStatic]
    private static int depth;

    private bool entered;

    /// <summary>Enters one level; dispose to leave it.</summary>
    public static NestingGuard Enter()
    {
        if (depth >= MaxNesting || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Err.Make(Types.RuntimeError, "maximum recursion depth exceeded");
        }

        depth++;
        return new NestingGuard { entered = true };
    }

    /// <summary>Leaves the level.</summary>
    public void Dispose()
    {
        if (entered)
        {
            depth--;
            entered = false;
        }
    }
}
