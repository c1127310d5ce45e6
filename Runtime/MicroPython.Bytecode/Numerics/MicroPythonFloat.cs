namespace MicroPython.Bytecode.Numerics;

/// <summary>
/// Float text exactly as MicroPython v1.28's <c>mpy-cross</c> (x86-64 Linux, gcc) reads and writes
/// it: literal parsing, <c>repr</c> of float and complex constants, and <c>%e</c>/<c>%f</c>/<c>%g</c>.
/// </summary>
/// <remarks>
/// MicroPython's conversions are its own (not the C library's) and run in x87 80-bit
/// <c>long double</c>; they are not always correctly rounded, and <c>repr</c> is not always the
/// shortest text (<c>5e-324</c> prints as <c>4.940656458412465e-324</c>, <c>1e15</c> as
/// <c>1000000000000000.0</c>). This class reproduces the reference results bit for bit, so the
/// text written into a <c>.mpy</c> and the value read from a literal match the reference compiler.
/// </remarks>
public static class MicroPythonFloat
{
    // The NaN C's nan("") gives: quiet, sign bit clear (.NET's double.NaN has the sign bit set).
    private static readonly double PositiveNaN = BitConverter.UInt64BitsToDouble(0x7FF8_0000_0000_0000);

    // how many repr texts a thread remembers before it starts afresh
    private const int ReprsKept = 4096;

    [ThreadStatic]
    private static Dictionary<ulong, string>? reprs;

    /// <summary>
    /// Parses text the way MicroPython's <c>float(str)</c> does: surrounding whitespace, an optional
    /// sign, then <c>inf</c>, <c>infinity</c>, <c>nan</c> (any case) or a decimal number with
    /// optional fraction and exponent; underscores between characters are ignored.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The double MicroPython produces for it.</returns>
    /// <exception cref="FormatException">The text is not a number MicroPython accepts.</exception>
    public static double Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = ParseNumber(text, allowImaginary: false, out _);
        return value;
    }

    /// <summary>
    /// Parses a float or imaginary literal token as the compiler sees it (for example <c>1.5</c>,
    /// <c>1e10</c>, <c>2.5j</c>), or the text of a float or complex constant stored in a <c>.mpy</c>.
    /// </summary>
    /// <param name="token">The token text (the lexer has already dropped underscores; any left are ignored).</param>
    /// <param name="isImaginary">Set when the token ends in <c>j</c> or <c>J</c>: the value is the imaginary part.</param>
    /// <returns>The double MicroPython produces for the literal (the imaginary part for an imaginary literal).</returns>
    /// <exception cref="FormatException">The token is not a number MicroPython accepts.</exception>
    public static double ParseLiteral(string token, out bool isImaginary)
    {
        ArgumentNullException.ThrowIfNull(token);
        return ParseNumber(token, allowImaginary: true, out isImaginary);
    }

    /// <summary>
    /// The text of <c>repr(value)</c>, which is what a <c>.mpy</c> stores for a float constant:
    /// at most 19 significant digits in <c>%g</c> style (the fewest of 16 to 18 that read back
    /// exactly), exponent form from 1e16 up and below 1e-4, and <c>.0</c> added to integral values.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>For example <c>0.1</c>, <c>1e+16</c>, <c>-0.0</c>, <c>inf</c>, <c>nan</c>.</returns>
    public static string Repr(double value)
    {
        // the exact conversion costs thousands of steps, and real code repeats a few values
        // (0.0, 1.0, 0.5 …) over and over, so each thread remembers the texts it has made
        var memo = reprs ??= new Dictionary<ulong, string>();
        var bits = BitConverter.DoubleToUInt64Bits(value);
        if (memo.TryGetValue(bits, out var known))
        {
            return known;
        }

        if (memo.Count >= ReprsKept)
        {
            memo.Clear();
        }

        var text = FloatFormatter.Format(value, 'g', FloatFormatter.ReprPrecision, '\0', FloatFormatter.PrintBufferSize);
        text = text.AsSpan().IndexOfAny('.', 'e', 'n') < 0 ? text + ".0" : text;
        memo.Add(bits, text);
        return text;
    }

    /// <summary>
    /// The text of <c>repr(value)</c> on a target with single-precision floats (rp2, esp32, stm32):
    /// at most 9 significant digits, the fewest that read back to the same single, so <c>1/3</c>
    /// is <c>0.33333334</c>.
    /// </summary>
    /// <param name="value">The value (a single widened to double).</param>
    /// <returns>For example <c>0.1</c>, <c>0.33333334</c>, <c>1e+16</c>, <c>inf</c>.</returns>
    public static string ReprSingle(double value)
    {
        var text = FloatFormatter.Format(value, 'g', FloatFormatter.ReprPrecision, '\0', FloatFormatter.PrintBufferSize, single: true);
        return text.AsSpan().IndexOfAny('.', 'e', 'n') < 0 ? text + ".0" : text;
    }

    /// <summary>
    /// The text of <c>repr(complex(real, imag))</c>, which is what a <c>.mpy</c> stores for a complex
    /// constant: <c>bj</c> when the real part is zero (of either sign), otherwise <c>(a±bj)</c>,
    /// with both parts in <see cref="Repr"/>'s digits but without the added <c>.0</c>.
    /// </summary>
    /// <param name="real">The real part.</param>
    /// <param name="imag">The imaginary part.</param>
    /// <returns>For example <c>2j</c>, <c>-0j</c>, <c>(1+2.5j)</c>, <c>(nan+infj)</c>.</returns>
    public static string ComplexRepr(double real, double imag)
    {
        const int p = FloatFormatter.ReprPrecision;
        const int size = FloatFormatter.PrintBufferSize;

        // NaN compares unequal to zero, so a NaN real part takes the parenthesised form.
        if (real != 0)
        {
            return "(" + FloatFormatter.Format(real, 'g', p, '\0', size) + FloatFormatter.Format(imag, 'g', p, '+', size) + "j)";
        }

        return FloatFormatter.Format(imag, 'g', p, '\0', size) + "j";
    }

    /// <summary>
    /// Formats like MicroPython's <c>'%.{precision}{format}' % value</c> and <c>format()</c> with a
    /// float presentation type, before any width padding.
    /// </summary>
    /// <param name="value">The number.</param>
    /// <param name="format">
    /// <c>e</c>, <c>f</c> or <c>g</c>, or their upper-case forms, which write <c>E</c>, <c>INF</c>
    /// and <c>NAN</c>.
    /// </param>
    /// <param name="precision">
    /// Digits after the point for <c>e</c> and <c>f</c>, significant digits for <c>g</c>; negative
    /// means the default, 6. As in MicroPython, 99 selects the shortest round-trip digits of <c>repr</c>.
    /// </param>
    /// <param name="sign">
    /// What to write before a non-negative number: <c>'+'</c>, <c>' '</c>, or <c>'\0'</c> for nothing.
    /// A negative number (including -0.0) always gets <c>'-'</c>; NaN never does.
    /// </param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException"><paramref name="format"/> or <paramref name="sign"/> is not one of the listed characters.</exception>
    /// <param name="single">Whether the value is a single-precision float of a target built with them.</param>
    public static string Format(double value, char format, int precision, char sign = '\0', bool single = false)
    {
        if (format is not ('e' or 'E' or 'f' or 'F' or 'g' or 'G'))
        {
            throw new ArgumentException($"'{format}' is not a float format (e, f, g, E, F, G).", nameof(format));
        }

        if (sign is not ('\0' or '+' or ' '))
        {
            throw new ArgumentException($"'{sign}' is not a sign option ('+', ' ' or none).", nameof(sign));
        }

        return FloatFormatter.Format(value, format, precision, sign, FloatFormatter.PrintBufferSize, single);
    }

    private static double ParseNumber(string text, bool allowImaginary, out bool isImaginary)
    {
        var span = text.AsSpan();
        var position = SkipSpace(span, 0);
        var negative = false;
        if (position < span.Length && span[position] is '+' or '-')
        {
            negative = span[position] == '-';
            position++;
        }

        var valueStart = position;
        double value;
        if (StartsWithWord(span, position, "inf"))
        {
            value = double.PositiveInfinity;
            position += 3;
            if (StartsWithWord(span, position, "inity"))
            {
                position += 5;
            }
        }
        else if (StartsWithWord(span, position, "nan"))
        {
            value = PositiveNaN;
            position += 3;
        }
        else
        {
            var consumed = DecimalScanner.Scan(span[position..], out value);
            if (consumed < 0)
            {
                throw Invalid(text);
            }

            position += consumed;
        }

        isImaginary = false;
        if (allowImaginary && position < span.Length && (span[position] | 0x20) == 'j')
        {
            if (position == valueStart)
            {
                // A bare "j" means 1j.
                value = 1;
            }

            position++;
            isImaginary = true;
        }

        if (position == valueStart)
        {
            throw Invalid(text);
        }

        position = SkipSpace(span, position);
        if (position != span.Length)
        {
            throw Invalid(text);
        }

        return negative ? -value : value;
    }

    // ASCII-only case folding, as MicroPython does it (no Unicode case mappings).
    private static bool StartsWithWord(ReadOnlySpan<char> span, int position, string word)
    {
        if (span.Length - position < word.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if ((span[position + i] | 0x20) != word[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipSpace(ReadOnlySpan<char> span, int position)
    {
        while (position < span.Length && span[position] is ' ' or (>= '\t' and <= '\r'))
        {
            position++;
        }

        return position;
    }

    private static FormatException Invalid(string text) => new($"invalid syntax for number: '{text}'");
}
