using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using MicroPython.TestSupport;

namespace MicroPython.Conformance.Tests;

/// <summary>
/// The real v1.28.0 unix port's output for a script, run as <c>tests/run-tests.py</c> runs it
/// (<c>micropython -X emit=bytecode ABSPATH</c> in the script's folder, its <c>MICROPYPATH</c>,
/// stderr into stdout). Outputs are cached under <c>artifacts/conformance/reference</c>, keyed by
/// the port's binary, the script's path and its content, so CI runs the port once per change.
/// </summary>
internal sealed class ReferencePort
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

    private readonly string binaryHash;

    public ReferencePort()
    {
        if (!File.Exists(Paths.ReferenceMicroPython))
        {
            throw new InvalidOperationException($"The reference MicroPython is not built at {Paths.ReferenceMicroPython}: run eng/reference (eng/test runs it).");
        }

        binaryHash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Paths.ReferenceMicroPython)));
    }

    /// <summary>The folder holding cached outputs.</summary>
    public static string CacheFolder => Path.Combine(Paths.RepoRoot, "artifacts", "conformance", "reference");

    /// <summary>The output of <paramref name="script"/> (<c>folder/name.py</c>), from the cache or a fresh run.</summary>
    public byte[] Output(string script)
    {
        var file = Path.Combine(ConformanceScripts.TestsRoot, script);
        var key = Key(file);
        var cached = Path.Combine(CacheFolder, key + ".out");
        if (File.Exists(cached))
        {
            return File.ReadAllBytes(cached);
        }

        var output = Run(file);
        Directory.CreateDirectory(CacheFolder);
        var temp = cached + "." + Environment.ProcessId + ".tmp";
        File.WriteAllBytes(temp, output);
        File.Move(temp, cached, overwrite: true);
        return output;
    }

    private static byte[] Run(string file)
    {
        // The shell joins stderr to stdout in one pipe, so their bytes interleave as the port wrote them.
        var psi = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = Path.GetDirectoryName(file)!,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["-c", "exec \"$@\" 2>&1", "sh", Paths.ReferenceMicroPython, "-X", "emit=bytecode", file])
        {
            psi.ArgumentList.Add(arg);
        }

        psi.Environment["MICROPYPATH"] = MicroPythonPath.Value;
        using var process = Process.Start(psi)!;
        process.StandardInput.Close();
        var printed = Task.Run(() =>
        {
            using var buffer = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(buffer);
            return buffer.ToArray();
        });
        if (!process.WaitForExit(TimeLimit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return ScriptOutput.Of(printed.Result, null);
        }

        return ScriptOutput.Of(printed.Result, process.ExitCode);
    }

    private string Key(string file)
    {
        var text = Encoding.UTF8.GetBytes(binaryHash + "\n" + file + "\n");
        return Convert.ToHexString(SHA256.HashData([.. text, .. File.ReadAllBytes(file)]))[..32].ToLowerInvariant();
    }
}
