using System.Reflection;
using System.Text;

// The conformance test's worker: runs one `mpy run` command line at a time through mpy's own entry
// point, in this long-lived process, so a thousand scripts pay for starting .NET and compiling
// mpy's code once, not once each. A request is one line on stdin, tab-separated: the working
// folder, then mpy's arguments. The answer on stdout is "EXITCODE LENGTH\n" and then LENGTH bytes:
// everything the command wrote to stdout and stderr, interleaved as a terminal would see them.
// A script that kills this process (a .NET stack overflow) or runs too long is the test host's to
// handle: it starts a new worker.
var entry = Assembly.Load("mpy").EntryPoint ?? throw new InvalidOperationException("mpy has no entry point");
using var requests = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
using var answers = Console.OpenStandardOutput();
while (requests.ReadLine() is { } line)
{
    var fields = line.Split('\t');
    Directory.SetCurrentDirectory(fields[0]);
    var captured = new MemoryStream();
    var writer = new StreamWriter(captured, new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
    Console.SetOut(writer);
    Console.SetError(writer);
    int exitCode;
    try
    {
        exitCode = (int)entry.Invoke(null, [fields[1..]])!;
    }
    catch (TargetInvocationException e)
    {
        // mpy let a .NET exception escape: the process would have died with this text and status.
        writer.Write("Unhandled exception. " + e.InnerException);
        exitCode = 134;
    }

    writer.Flush();
    answers.Write(Encoding.ASCII.GetBytes($"{exitCode} {captured.Length}\n"));
    answers.Write(captured.GetBuffer(), 0, (int)captured.Length);
    answers.Flush();
}
