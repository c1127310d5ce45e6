using System.Reflection;
using System.Text;
using Microsoft.Win32.SafeHandles;

// The conformance test's worker: runs one `mpy run` command line at a time through mpy's own entry
// point, in this long-lived process, so a thousand scripts pay for starting .NET and compiling
// mpy's code once, not once each. A request is one line on stdin, tab-separated: the working
// folder, then mpy's arguments. The answer on the worker's original stdout is "EXITCODE LENGTH\n"
// and then LENGTH bytes: everything the command wrote to stdout and stderr, interleaved as a
// terminal would see them.
//
// `mpy run` writes the program's output with write(2) to file descriptor 1, as the unix port does,
// so it is captured there: for each request descriptors 1 and 2 point at one temporary file (and
// Console.Error writes to descriptor 2 with write(2) too), and the answers go to a duplicate of the original stdout.
// A script that kills this process (a .NET stack overflow) or runs too long is the test host's to
// handle: it starts a new worker.
var entry = Assembly.Load("mpy").EntryPoint ?? throw new InvalidOperationException("mpy has no entry point");
using var requests = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
using var answers = new FileStream(new SafeFileHandle(Descriptors.Duplicate(1), ownsHandle: true), FileAccess.Write);
var capture = Path.Combine(Path.GetTempPath(), $"mpy-conformance-{Environment.ProcessId}.out");
var stderr = new StreamWriter(new DescriptorWriter(2), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
while (requests.ReadLine() is { } line)
{
    var fields = line.Split('\t');
    Directory.SetCurrentDirectory(fields[0]);
    int exitCode;
    using (var file = new FileStream(capture, FileMode.Create, FileAccess.ReadWrite, FileShare.ReadWrite))
    {
        Descriptors.Redirect((int)file.SafeFileHandle.DangerousGetHandle(), 1, 2);
        Console.SetOut(stderr);
        Console.SetError(stderr);
        try
        {
            exitCode = (int)entry.Invoke(null, [fields[1..]])!;
        }
        catch (TargetInvocationException e)
        {
            // mpy let a .NET exception escape: the process would have died with this text and status.
            stderr.Write("Unhandled exception. " + e.InnerException);
            exitCode = 134;
        }

        stderr.Flush();
    }

    var printed = File.ReadAllBytes(capture);
    answers.Write(Encoding.ASCII.GetBytes($"{exitCode} {printed.Length}\n"));
    answers.Write(printed);
    answers.Flush();
}

File.Delete(capture);
