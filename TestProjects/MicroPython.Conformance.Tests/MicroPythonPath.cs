namespace MicroPython.Conformance.Tests;

/// <summary>The module search path <c>tests/run-tests.py</c> gives every script (its <c>MICROPYPATH</c>).</summary>
internal static class MicroPythonPath
{
    /// <summary>The folders, in order, after the frozen modules.</summary>
    public static string[] Folders =>
    [
        Path.GetFullPath(Path.Combine(ConformanceScripts.TestsRoot, "..", "extmod")),
        Path.GetFullPath(Path.Combine(ConformanceScripts.TestsRoot, "..", "lib", "micropython-lib", "python-stdlib", "unittest")),
    ];

    /// <summary>The <c>MICROPYPATH</c> value: <c>.frozen</c>, then <see cref="Folders"/>.</summary>
    public static string Value => string.Join(Path.PathSeparator, [".frozen", .. Folders]);
}
