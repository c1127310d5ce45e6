using System.Diagnostics;

namespace MicroPython.Cli.Tests;

/// <summary>Runs the built <c>mpy</c> tool as a user would, capturing its output and exit code.</summary>
internal static class MpyTool
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr, byte[] StdOutBytes);

    /// <summary>Runs the tool with a time limit; null when it ran over (it is then killed).</summary>
    public static Result? RunWithin(TimeSpan limit, string workingDirectory, params string[] args) => Run(workingDirectory, null, null, limit, args);

    public static Result Run(string workingDirectory, params string[] args) => Run(workingDirectory, null, args);

    public static Result Run(string workingDirectory, byte[]? stdin, params string[] args) => Run(workingDirectory, stdin, null, args);

    public static Result Run(string workingDirectory, byte[]? stdin, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        Run(workingDirectory, stdin, environment, TimeSpan.FromMinutes(2), args)
        ?? throw new TimeoutException("mpy did not finish in 2 minutes: " + string.Join(' ', args));

    private static Result? Run(string workingDirectory, byte[]? stdin, IReadOnlyDictionary<string, string>? environment, TimeSpan limit, string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mpy.dll"));
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            psi.Environment[name] = value;
        }

        foreach (var arg in args)
        {
            psi.ArgumentList.Add(arg);
        }

        using var process = Process.Start(psi)!;
        var stdoutTask = Task.Run(() =>
        {
            using var ms = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(ms);
            return ms.ToArray();
        });
        var stderrTask = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.BaseStream.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return null;
        }

        var stdout = stdoutTask.Result;
        return new Result(process.ExitCode, System.Text.Encoding.UTF8.GetString(stdout), stderrTask.Result, stdout);
    }
}
