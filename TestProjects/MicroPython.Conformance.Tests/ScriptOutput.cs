using System.Text;

namespace MicroPython.Conformance.Tests;

/// <summary>What a VM printed for a script, in <c>tests/run-tests.py</c>'s form.</summary>
internal static class ScriptOutput
{
    /// <summary>What a script prints to ask to be skipped.</summary>
    public static readonly byte[] Skip = "SKIP\n"u8.ToArray();

    /// <summary>
    /// As run-tests.py records a run: stdout and stderr together, line ends made <c>\n</c>, and
    /// <c>CRASH</c> appended when the process exited with a failure status (<c>TIMEOUT</c> when
    /// it had to be stopped).
    /// </summary>
    public static byte[] Of(byte[] printed, int? exitCode)
    {
        var text = Normalize(printed);
        return exitCode switch
        {
            null => [.. text, .. "TIMEOUT"u8],
            0 => text,
            _ => [.. text, .. "CRASH"u8],
        };
    }

    /// <summary>Whether an output is the skip request.</summary>
    public static bool IsSkip(byte[] output) => output.AsSpan().SequenceEqual(Skip);

    /// <summary>Text for a report: UTF-8, with any invalid bytes shown as U+FFFD.</summary>
    public static string Text(byte[] output) => Encoding.UTF8.GetString(output);

    // test_utils.normalize_newlines: \r\r\n (a PTY's) and then \r\n become \n; a lone \r stays.
    private static byte[] Normalize(byte[] data) => Replace(Replace(data, "\r\r\n"u8), "\r\n"u8);

    private static byte[] Replace(byte[] data, ReadOnlySpan<byte> lineEnd)
    {
        var result = new List<byte>(data.Length);
        var rest = data.AsSpan();
        for (var at = rest.IndexOf(lineEnd); at >= 0; at = rest.IndexOf(lineEnd))
        {
            result.AddRange(rest[..at]);
            result.Add((byte)'\n');
            rest = rest[(at + lineEnd.Length)..];
        }

        result.AddRange(rest);
        return [.. result];
    }
}
