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

    /// <summary>
    /// Reads a whole number as mpy-cross's <c>strtol(…, 0)</c> does: an optional sign, then decimal,
    /// <c>0x</c> hexadecimal or <c>0</c>-prefixed octal digits, and nothing after them.
    /// </summary>
    public static bool TryParseNumber(string text, out long value)
    {
        value = 0;
        var digits = text.AsSpan();
        var negative = digits.Length > 0 && digits[0] == '-';
        if (digits.Length > 0 && digits[0] is '-' or '+')
        {
            digits = digits[1..];
        }

        var radix = 10;
        if (digits.Length > 2 && digits[0] == '0' && digits[1] is 'x' or 'X')
        {
            radix = 16;
            digits = digits[2..];
        }
        else if (digits.Length > 1 && digits[0] == '0')
        {
            radix = 8;
            digits = digits[1..];
        }

        if (digits.IsEmpty)
        {
            return false;
        }

        foreach (var c in digits)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? (c | 0x20) - 'a' + 10 : radix;
            if (digit >= radix || value > (long.MaxValue - digit) / radix)
            {
                return false;
            }

            value = value * radix + digit;
        }

        value = negative ? -value : value;
        return true;
    }
}
