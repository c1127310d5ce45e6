using System.Text;
using MicroPython.Compiler.Diagnostics;

namespace MicroPython.Compiler.Hosting;

/// <summary>Turns the bytes of a <c>.py</c> file into the text the compiler takes, refusing bytes that are not UTF-8.</summary>
public static class SourceDecoder
{
    /// <summary>The code of the error for a source file that is not UTF-8.</summary>
    public const string InvalidUtf8Code = "MPY1000";

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="bytes"/>.</summary>
    /// <exception cref="CompileError">The bytes are not UTF-8; the error points at the first bad byte.</exception>
    public static string Decode(byte[] bytes)
    {
        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var offset = Math.Clamp(e.Index, 0, bytes.Length);
            var before = bytes.AsSpan(0, offset);
            var line = before.Count((byte)'\n') + 1;
            var column = offset - (before.LastIndexOf((byte)'\n') + 1) + 1;
            throw new CompileError("SyntaxError", "invalid UTF-8 in source", line, column, null, InvalidUtf8Code);
        }
    }
}
