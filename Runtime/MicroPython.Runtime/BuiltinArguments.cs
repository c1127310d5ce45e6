using System.Diagnostics;
using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime;

/// <summary>
/// Calls a built-in function. Built-ins take their arguments by position and cast them to what they
/// need; when that taking fails in the built-in's own code — too few arguments, one of a type it
/// cannot use — the program called it wrongly, and gets a <c>TypeError</c> as from MicroPython.
/// The same host failure in the VM's shared machinery is a fault of the VM, not dressed up as Python.
/// </summary>
internal static class BuiltinArguments
{
    private const string BuiltinsNamespace = "MicroPython.Runtime.Builtins";

    public static object Call(PyBuiltin builtin, object[] args, KwArgs? kw)
    {
        try
        {
            return builtin.Body(args, kw);
        }
        catch (IndexOutOfRangeException e) when (ThrownTakingArguments(e))
        {
            throw Err.Type("function missing required positional argument");
        }
        catch (InvalidCastException e) when (ThrownTakingArguments(e))
        {
            throw Err.Type($"unsupported type for {builtin.Name}");
        }
    }

    // Every frame from the throw to this call belongs to the built-ins themselves (after the
    // runtime's own cast and bounds-check helpers, which throw for them).
    private static bool ThrownTakingArguments(Exception e)
    {
        var inHelpers = true;
        foreach (var frame in new StackTrace(e, fNeedFileInfo: false).GetFrames())
        {
            // DiagnosticMethodInfo works in a trimmed (Native AOT) runner too, where reflection does not.
            var type = DiagnosticMethodInfo.Create(frame)?.DeclaringTypeName;
            var ns = type is null ? null : type[..Math.Max(type.LastIndexOf('.'), 0)];
            if (inHelpers && ns is not null && (ns.StartsWith("System", StringComparison.Ordinal) || ns.StartsWith("Internal", StringComparison.Ordinal)))
            {
                continue;
            }

            inHelpers = false;
            if (type == typeof(BuiltinArguments).FullName)
            {
                return true;
            }

            // Compiler-made lambdas' closures are nested types (Outer+<>c): their namespace is the outer type's.
            if (type is null || !type.StartsWith(BuiltinsNamespace + ".", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }
}
