using MicroPython.Bytecode.Numerics;

namespace MicroPython.Runtime;

/// <summary>
/// The target's float width, asked by arithmetic, constants and text. A single-precision target
/// (rp2, esp32, stm32) keeps every float as a single: results are rounded to one, and printed with
/// single-precision digits (<c>1/3</c> is <c>0.33333334</c>). Floats stay .NET doubles, so the
/// double-precision default costs a flag test.
/// </summary>
internal static class FloatPolicy
{
    [ThreadStatic]
    private static bool single;

    /// <summary>Whether this thread's VM emulates single-precision floats.</summary>
    public static bool Single => single;

    /// <summary>Sets the width for the VM running on this thread.</summary>
    public static void Enter(VmOptions options) => single = options.FloatPrecision == 32;

    /// <summary>The value as the target holds it.</summary>
    public static double Round(double value) => single ? (float)value : value;

    /// <summary>A result as the target holds it: a float is rounded, anything else passes.</summary>
    public static object Round(object result) => single && result is double d ? (double)(float)d : result;

    /// <summary><c>repr</c> of a float on the target.</summary>
    public static string Repr(double value) => single ? MicroPythonFloat.ReprSingle(value) : MicroPythonFloat.Repr(value);

    /// <summary><c>%e</c>, <c>%f</c>, <c>%g</c> of a float on the target.</summary>
    public static string Format(double value, char format, int precision, char sign = '\0') =>
        MicroPythonFloat.Format(value, format, precision, sign, single);
}
