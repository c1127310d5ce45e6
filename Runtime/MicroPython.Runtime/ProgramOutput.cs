using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime;

/// <summary>
/// The program's standard output. A write the host cannot make — a closed pipe (<c>mpy run x.py |
/// head -3</c>), a full disk — raises <c>OSError</c> with the system's error number in the program,
/// as the unix port's write does (ports/unix/unix_mphal.c:189), so a program printing into a
/// closed pipe ends instead of spinning.
/// </summary>
internal sealed class ProgramOutput(TextWriter inner) : TextWriter
{
    // EIO, for a failure that carries no error number.
    private const int InputOutputError = 5;

    public override System.Text.Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void Flush() => Guard(inner.Flush);

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e)
        {
            // On Unix an I/O exception carries the errno as its HResult (EPIPE is 32).
            var errno = e.HResult is > 0 and < 4096 ? e.HResult : InputOutputError;
            throw new PyRaise(new PyExceptionObject(Types.OSError, new PyTuple([(long)errno])));
        }
    }
}
