namespace MicroPython.Bytecode.Targets;

/// <summary>
/// What a target's firmware shows a running program beyond its compile-time facts: the <c>sys</c>
/// module's identity of the board, the import path it boots with, and how deep Python calls nest
/// before its C-stack check stops them. The host VM runner emulates a board with these.
/// </summary>
/// <param name="SysPlatform"><c>sys.platform</c> (<c>MICROPY_PY_SYS_PLATFORM</c>).</param>
/// <param name="Machine"><c>sys.implementation._machine</c> (<c>MICROPY_BANNER_MACHINE</c>).</param>
/// <param name="BuildName"><c>sys.implementation._build</c> (<c>MICROPY_BOARD_BUILD_NAME</c>), or null where the port sets none.</param>
/// <param name="Thread"><c>sys.implementation._thread</c>: <c>GIL</c>, <c>unsafe</c>, or null without threads.</param>
/// <param name="SysPath"><c>sys.path</c> as the firmware starts it (<c>''</c> is the current folder, <c>.frozen</c> the frozen modules).</param>
/// <param name="RecursionLimit">How many nested calls of a small Python function run before <c>RuntimeError: maximum recursion depth exceeded</c>.</param>
public sealed record TargetRuntime(
    string SysPlatform,
    string Machine,
    string? BuildName,
    string? Thread,
    IReadOnlyList<string> SysPath,
    int RecursionLimit)
{
    /// <summary>The JSON names of these values in a profile.</summary>
    public static IReadOnlyList<string> ValueNames { get; } = ["sysPlatform", "machine", "buildName", "thread", "sysPath", "recursionLimit"];

    /// <summary>The v1.28.0 unix port (standard variant, x86-64), which the runner emulates when no target is named.</summary>
    public static TargetRuntime Unix { get; } = new(
        "linux",
        "linux [GCC 12.2.0] version",
        "standard",
        "unsafe",
        ["", ".frozen", "~/.micropython/lib", "/usr/lib/micropython"],
        206);
}
