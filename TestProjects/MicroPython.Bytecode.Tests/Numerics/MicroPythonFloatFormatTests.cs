using System.Globalization;
using MicroPython.Bytecode.Numerics;
using MicroPython.TestSupport;

namespace MicroPython.Bytecode.Tests.Numerics;

[TestClass]
public sealed class MicroPythonFloatFormatTests
{
    /// <summary>
    /// ReferenceFloatFormat.tsv: double bits (little-endian bytes in hex), a %-spec such as "+.3e", and what
    /// <c>'%' + spec % value</c> printed in the MicroPython v1.28.0 unix port (x86-64 Linux, EXACT float format).
    /// </summary>
    [TestMethod]
    public void EveryReferenceCaseMatchesMicroPython()
    {
        var path = Path.Combine(Paths.RepoRoot, "TestProjects", "MicroPython.Bytecode.Tests", "Numerics", "ReferenceFloatFormat.tsv");
        var cases = File.ReadLines(path)
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .ToList();

        var mismatches = cases
            .Select(f => (Bits: f[0], Spec: f[1], Expected: f[2], Actual: Format(f[0], f[1])))
            .Where(r => r.Actual != r.Expected)
            .ToList();

        Assert.IsGreaterThan(1000, cases.Count, "the reference data file looks truncated");
        Assert.IsEmpty(
            mismatches,
            $"{mismatches.Count} of {cases.Count} differ, first ones:\n"
            + string.Join("\n", mismatches.Take(10).Select(m => $"{m.Bits} %{m.Spec}: expected '{m.Expected}', got '{m.Actual}'")));
    }

    [TestMethod]
    [DataRow(2.5, 'f', 3, '\0', "2.500")]
    [DataRow(1.5, 'e', -1, '\0', "1.500000e+00")]
    [DataRow(1e-5, 'g', -1, '\0', "1e-05")]
    [DataRow(0.1, 'f', 20, '\0', "0.10000000000000000000")]
    [DataRow(0.1, 'g', 99, '\0', "0.1")]
    [DataRow(1e300, 'f', -1, '\0', "1e+300")]
    [DataRow(0.5, 'f', 0, '\0', "1")]
    [DataRow(9.5, 'e', 0, '\0', "1e+01")]
    [DataRow(1e100, 'G', 3, '\0', "1E+100")]
    [DataRow(0.0, 'e', 2, '+', "+0.00e+00")]
    [DataRow(-0.0, 'f', -1, ' ', "-0.000000")]
    [DataRow(double.PositiveInfinity, 'F', -1, '\0', "INF")]
    [DataRow(double.NaN, 'g', -1, '+', "+nan")]
    public void FormatMatchesMicroPython(double value, char format, int precision, char sign, string expected)
    {
        Assert.AreEqual(expected, MicroPythonFloat.Format(value, format, precision, sign));
    }

    [TestMethod]
    public void RejectsUnknownFormatAndSign()
    {
        Assert.ThrowsExactly<ArgumentException>(() => MicroPythonFloat.Format(1.0, 'x', 2));
        Assert.ThrowsExactly<ArgumentException>(() => MicroPythonFloat.Format(1.0, 'f', 2, '-'));
    }

    private static string Format(string bits, string spec)
    {
        var value = BitConverter.ToDouble(Convert.FromHexString(bits));
        var sign = spec[0] is '+' or ' ' ? spec[0] : '\0';
        var body = sign == '\0' ? spec : spec[1..];
        var precision = body.Length > 1 ? int.Parse(body[1..^1], CultureInfo.InvariantCulture) : -1;
        return MicroPythonFloat.Format(value, body[^1], precision, sign);
    }
}
