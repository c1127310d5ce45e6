using System.Text;
using MicroPython.Compiler.Diagnostics;

namespace MicroPython.Build.Tasks;

/// <summary>Reads a <c>.py</c> file as strict UTF-8, turning bad bytes into a located compile error.</summary>
internal static class SourceDecoder
{
    private const string InvalidUtf8Code = "MPY1000";

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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
