using System.Diagnostics;
using MicroPython.TestSupport;

namespace MicroPython.Cli.Tests;

/// <summary>Runs the real v1.28.0 unix port (<c>micropython</c>, built by eng/reference) the way <see cref="MpyTool"/> runs ours.</summary>
internal static class ReferenceMicroPython
{
    public static MpyTool.Result Run(string workingDirectory, byte[]? stdin, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var psi = new ProcessStartInfo(Paths.ReferenceMicroPython)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            psi.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            psi.Environment[name] = value;
        }

        using var process = Process.Start(psi)!;
        var stdout = Task.Run(() =>
        {
            using var ms = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(ms);
            return ms.ToArray();
        });
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.BaseStream.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("micropython did not finish in a minute: " + string.Join(' ', args));
        }

        return new MpyTool.Result(process.ExitCode, System.Text.Encoding.UTF8.GetString(stdout.Result), stderr.Result, stdout.Result);
    }
}
