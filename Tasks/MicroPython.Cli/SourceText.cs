using System.Text;
using MicroPython.Compiler.Diagnostics;

namespace MicroPython.Cli;

/// <summary>Turns the bytes of a <c>.py</c> file into text, refusing bytes that are not UTF-8.</summary>
internal static class SourceText
{
    /// <summary>The code of the error for a source file that is not UTF-8.</summary>
    public const string InvalidUtf8Code = "MPY1000";

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] bytes)
    {
        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var offset = Math.Max(e.Index, 0);
            var before = bytes.AsSpan(0, Math.Min(offset, bytes.Length));
            var line = before.Count((byte)'\n') + 1;
            var column = offset - (before.LastIndexOf((byte)'\n') + 1) + 1;
            throw new CompileError("SyntaxError", "invalid UTF-8 in source", line, column, null, InvalidUtf8Code);
        }
    }
}
