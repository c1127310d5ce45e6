namespace MicroPython.Conformance.Tests;

/// <summary>
/// <c>known-differences.txt</c>: every script whose output in the runner still differs from the
/// unix port's, one a line as <c>folder/name.py: reason</c>, sorted; <c>#</c> starts a comment. A
/// reason that starts with <c>timing:</c> marks a script whose output depends on how fast the VM
/// runs against the clock, and one that starts with <c>environment:</c> a script whose reference
/// output depends on the machine (a port in use): either may match on one run and not the next, so
/// it is not reported when it matches.
/// </summary>
internal static class KnownDifferences
{
    public static string File => Path.Combine(AppContext.BaseDirectory, "known-differences.txt");

    /// <summary>Whether a reason marks a script whose output depends on the VM's speed or on the machine.</summary>
    public static bool IsTimingDependent(string reason) =>
        reason.StartsWith("timing:", StringComparison.Ordinal) || reason.StartsWith("environment:", StringComparison.Ordinal);

    /// <summary>The listed scripts and their reasons, in file order.</summary>
    public static IReadOnlyList<(string Script, string Reason)> Read()
    {
        var entries = new List<(string, string)>();
        var lineNumber = 0;
        foreach (var line in System.IO.File.ReadAllLines(File))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0 || line[(colon + 2)..].Trim().Length == 0)
            {
                throw new FormatException($"known-differences.txt({lineNumber}): expected 'folder/name.py: reason', got '{line}'");
            }

            entries.Add((line[..colon], line[(colon + 2)..].Trim()));
        }

        return entries;
    }
}
