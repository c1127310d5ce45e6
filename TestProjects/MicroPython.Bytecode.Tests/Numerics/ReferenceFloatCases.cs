using System.Globalization;
using MicroPython.Bytecode.Numerics;
using MicroPython.TestSupport;

namespace MicroPython.Bytecode.Tests.Numerics;

/// <summary>
/// One line of ReferenceFloatRepr.tsv: an input and the constant text the reference mpy-cross
/// v1.28.0 (x86-64 Linux) wrote for it into a .mpy.
/// </summary>
/// <param name="Kind">L: a float literal; B: the bits of a double made by exact constant folding; C: an imaginary literal.</param>
/// <param name="Input">The literal text, or 16 hex digits of the double's bits.</param>
/// <param name="Expected">The text in the .mpy constant table.</param>
internal sealed record ReferenceFloatCase(char Kind, string Input, string Expected)
{
    public static IReadOnlyList<ReferenceFloatCase> Load()
    {
        var path = Path.Combine(Paths.RepoRoot, "TestProjects", "MicroPython.Bytecode.Tests", "Numerics", "ReferenceFloatRepr.tsv");
        return File.ReadLines(path)
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .Select(fields => new ReferenceFloatCase(fields[0][0], fields[1], fields[2]))
            .ToList();
    }

    /// <summary>The text our implementation produces for the input.</summary>
    public string Actual()
    {
        switch (Kind)
        {
            case 'L':
                return MicroPythonFloat.Repr(MicroPythonFloat.Parse(Input));
            case 'B':
                var bits = ulong.Parse(Input, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                return MicroPythonFloat.Repr(BitConverter.UInt64BitsToDouble(bits));
            case 'C':
                var imag = MicroPythonFloat.ParseLiteral(Input, out var isImaginary);
                Assert.IsTrue(isImaginary, Input);
                return MicroPythonFloat.ComplexRepr(0.0, imag);
            default:
                throw new InvalidDataException("unknown case kind " + Kind);
        }
    }
}
