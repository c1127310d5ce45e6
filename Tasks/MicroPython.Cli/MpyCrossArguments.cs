namespace MicroPython.Cli;

/// <summary>
/// Rewrites the one mpy-cross flag family that a standard option parser cannot express: the
/// optimisation level, which mpy-cross spells <c>-O3</c> (a digit glued to the flag) or <c>-OO</c>
/// (one level per extra O). Only the <c>compile</c> verb's arguments are touched (other verbs pass
/// mpy-cross flags through as values); everything else is left to System.CommandLine.
/// </summary>
internal static class MpyCrossArguments
{
    /// <summary>The long option the <c>-O</c> forms become.</summary>
    public const string OptLevelOption = "--opt-level";

    public static string[] Normalize(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] != "compile")
        {
            return [.. args];
        }

        var result = new List<string>(args.Count);
        var optionsEnded = false;
        foreach (var arg in args)
        {
            optionsEnded |= arg == "--";
            result.Add(!optionsEnded && TryOptLevel(arg, out var level) ? $"{OptLevelOption}={level}" : arg);
        }

        return [.. result];
    }

    private static bool TryOptLevel(string arg, out int level)
    {
        level = 0;
        if (!arg.StartsWith("-O", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = arg.AsSpan(2);
        if (rest.Length > 0 && char.IsAsciiDigit(rest[0]))
        {
            // mpy-cross reads only the first digit (and masks it), ignoring anything after it.
            level = rest[0] - '0';
            return true;
        }

        if (rest.ContainsAnyExcept('O'))
        {
            return false;
        }

        level = rest.Length + 1;
        return true;
    }
}
