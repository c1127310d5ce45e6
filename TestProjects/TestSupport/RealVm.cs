using System.Diagnostics;

namespace MicroPython.TestSupport;

/// <summary>
/// Runs <c>.mpy</c> files in the real MicroPython VM (v1.27 WebAssembly, through the shared oracle's
/// <c>run-mpy.mjs</c>, installed by <c>eng/test</c> into <c>artifacts/oracle</c>).
/// </summary>
public static class RealVm
{
    /// <summary>What the VM printed, and whether the module ran to its end.</summary>
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    /// <summary>The installed oracle script.</summary>
    public static string Script => Path.Combine(Paths.RepoRoot, "artifacts", "oracle", "run-mpy.mjs");

    /// <summary>Imports module <paramref name="moduleName"/> made of <paramref name="mpy"/> in a fresh VM.</summary>
    public static Result Run(string moduleName, byte[] mpy)
    {
        if (!File.Exists(Path.Combine(Paths.RepoRoot, "artifacts", "oracle", "node_modules", "@micropython", "micropython-webassembly-pyscript", "package.json")))
        {
            throw new InvalidOperationException("The real-VM oracle is not installed: run eng/test (it installs artifacts/oracle with npm).");
        }

        var dir = Directory.CreateTempSubdirectory("mpy-vm-");
        try
        {
            var file = Path.Combine(dir.FullName, moduleName + ".mpy");
            File.WriteAllBytes(file, mpy);
            var psi = new ProcessStartInfo("node")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            psi.ArgumentList.Add(Script);
            psi.ArgumentList.Add(file);
            using var process = Process.Start(psi)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"the VM did not finish {moduleName} in 2 minutes");
            }

            return new Result(process.ExitCode, stdout.Result, stderr.Result);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
