using System.Text;

namespace MicroPython.Cli;

/// <summary>
/// The program's standard output as the unix port writes it: UTF-8 bytes straight to file
/// descriptor 1 (on Unix), with write errors reported (a closed pipe is EPIPE, which the VM raises as
/// <c>OSError</c> in the program) rather than swallowed as .NET's console does.
/// </summary>
internal static class ProgramConsole
{
    private const int BufferBytes = 4096;

    public static TextWriter OpenStandardOutput()
    {
        var stream = OperatingSystem.IsWindows() ? Console.OpenStandardOutput() : new DescriptorStream(1);

        return new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), BufferBytes) { NewLine = "\n" };
    }

    /// <summary>Writes what the runner itself prints after the program (a traceback), ignoring a reader that has gone.</summary>
    public static void TryWrite(TextWriter stdout, string text)
    {
        try
        {
            stdout.Write(text);
            stdout.Flush();
        }
        catch (IOException)
        {
            // The unix port's write fails the same way, silently, once the pipe is closed.
        }
    }
}
