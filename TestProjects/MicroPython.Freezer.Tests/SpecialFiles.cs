using System.Diagnostics;

namespace MicroPython.Freezer.Tests;

/// <summary>Named pipes for tests of what the tools do with files that are not regular.</summary>
internal static class SpecialFiles
{
    /// <summary>Makes a FIFO at <paramref name="path"/> (with the system's <c>mkfifo</c>).</summary>
    public static string Fifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.AreEqual(0, process.ExitCode, "mkfifo failed");
        return path;
    }
}
