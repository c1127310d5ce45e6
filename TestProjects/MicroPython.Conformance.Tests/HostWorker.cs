using System.Diagnostics;
using System.Text;

namespace MicroPython.Conformance.Tests;

/// <summary>
/// Runs scripts through <c>mpy run</c> in a worker process (MicroPython.Conformance.Worker), one at a
/// time. A script that kills the worker (a .NET stack overflow cannot be caught) or runs past the
/// time limit costs only that worker: it is stopped and the next script gets a new one.
/// </summary>
internal sealed class HostWorker : IDisposable
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

    private Process? process;

    /// <summary>The output of <paramref name="script"/> (<c>folder/name.py</c>) in run-tests.py's form.</summary>
    public byte[] Output(string script)
    {
        var file = Path.Combine(ConformanceScripts.TestsRoot, script);

        // The unix port's command line, as run-tests.py builds it. Until `mpy run` reads MICROPYPATH
        // (set as well, for when it does), the same folders are given with --path.
        string[] args = ["run", .. MicroPythonPath.Folders.SelectMany(f => (string[])["--path", f]), file];
        process ??= Start();
        var worker = process;
        var request = Encoding.UTF8.GetBytes(string.Join('\t', [Path.GetDirectoryName(file)!, .. args]) + "\n");
        var answer = Task.Run(() =>
        {
            worker.StandardInput.BaseStream.Write(request);
            worker.StandardInput.BaseStream.Flush();
            return ReadAnswer(worker.StandardOutput.BaseStream);
        });
        if (!answer.Wait(TimeLimit))
        {
            Stop();
            return ScriptOutput.Of([], null);
        }

        if (answer.Result is not { } result)
        {
            // The worker died under this script: the process would have crashed.
            Stop();
            return ScriptOutput.Of([], 134);
        }

        return ScriptOutput.Of(result.Printed, result.ExitCode);
    }

    public void Dispose() => Stop();

    private static Process Start()
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MicroPython.Conformance.Worker.dll"));
        psi.Environment["MICROPYPATH"] = MicroPythonPath.Value;
        var started = Process.Start(psi)!;

        // The worker writes nothing to stderr itself; drain it so a runtime message cannot block it.
        started.ErrorDataReceived += (_, _) => { };
        started.BeginErrorReadLine();
        return started;
    }

    private static (int ExitCode, byte[] Printed)? ReadAnswer(Stream answers)
    {
        var header = new List<byte>();
        for (var b = answers.ReadByte(); b != '\n'; b = answers.ReadByte())
        {
            if (b < 0)
            {
                return null;
            }

            header.Add((byte)b);
        }

        var fields = Encoding.ASCII.GetString([.. header]).Split(' ');
        var printed = new byte[int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture)];
        try
        {
            answers.ReadExactly(printed);
        }
        catch (EndOfStreamException)
        {
            return null;
        }

        return (int.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture), printed);
    }

    private void Stop()
    {
        if (process is null)
        {
            return;
        }

        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }

        process.Dispose();
        process = null;
    }
}
