using MicroPython.Compiler.Diagnostics;
using MicroPython.TestSupport;

namespace MicroPython.Compiler.Tests.Emit;

/// <summary>
/// The error corpus files whose error the compiler (not the parser) reports: same exception type,
/// message, line and scope name as mpy-cross prints.
/// </summary>
[TestClass]
public sealed class CompileErrorCorpusTests
{
    public static IEnumerable<object[]> CompilerErrorFiles() =>
        from path in Directory.EnumerateFiles(Paths.CorpusDir("errors"), "*.err").Order(StringComparer.Ordinal)
        let expected = ExpectedError.Read(path)
        where expected.ScopeName is not null || expected.Line == 0
        select new object[] { Path.GetFileNameWithoutExtension(path) };

    [TestMethod]
    [DynamicData(nameof(CompilerErrorFiles))]
    public void ReportsTheReferenceError(string name)
    {
        var expected = ExpectedError.Read(Paths.CorpusDir("errors", name + ".err"));
        var source = File.ReadAllText(Paths.CorpusDir("errors", name + ".py"));

        var error = Assert.ThrowsExactly<CompileError>(() => MpyCompiler.Compile(source, name + ".py", new CompilerOptions()));

        Assert.AreEqual(expected.ExceptionType, error.ExceptionType);
        Assert.AreEqual(expected.Message, error.PythonMessage);
        Assert.AreEqual(expected.Line, error.Line);
        Assert.AreEqual(expected.ScopeName, error.ScopeName);
        Assert.IsTrue(error.Code.StartsWith("MPY11", StringComparison.Ordinal), error.Code);
    }

    /// <summary>What an <c>.err</c> file says: <c>exit N</c>, then mpy-cross's stderr.</summary>
    private sealed record ExpectedError(string ExceptionType, string Message, int Line, string? ScopeName)
    {
        public static ExpectedError Read(string path)
        {
            var lines = File.ReadAllLines(path);
            var last = lines[^1];
            var colon = last.IndexOf(": ", StringComparison.Ordinal);
            var fileLine = lines.FirstOrDefault(l => l.StartsWith("  File ", StringComparison.Ordinal));
            var line = 0;
            string? scope = null;
            if (fileLine is not null)
            {
                var parts = fileLine.Split(", ");
                line = int.Parse(parts[1]["line ".Length..], System.Globalization.CultureInfo.InvariantCulture);
                scope = parts.Length > 2 ? parts[2]["in ".Length..] : null;
            }

            return new ExpectedError(last[..colon], last[(colon + 2)..], line, scope);
        }
    }
}
