using MicroPython.Bytecode;
using MicroPython.Bytecode.Disassembly;

namespace MicroPython.Compiler.Tests.Emit;

/// <summary>Describes where two .mpy files first differ: table, function, byte offset and listing line.</summary>
internal static class MpyDifference
{
    public static string? Describe(byte[] expected, byte[] actual)
    {
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return null;
        }

        var firstByte = FirstDifference(expected, actual);
        MpyModule want, got;
        try
        {
            want = MpyReader.Read(expected, "expected");
            got = MpyReader.Read(actual, "actual");
        }
        catch (MpyFormatException e)
        {
            return $"files differ at byte {firstByte}; unreadable output: {e.Message}";
        }

        var where = $"files differ at byte {firstByte}";
        if (!want.Qstrs.Select(q => q.Text).SequenceEqual(got.Qstrs.Select(q => q.Text)))
        {
            where += $"; qstr tables differ: expected [{string.Join(", ", want.Qstrs)}] got [{string.Join(", ", got.Qstrs)}]";
        }
        else if (!want.Constants.Select(c => c.Repr()).SequenceEqual(got.Constants.Select(c => c.Repr())))
        {
            where += $"; constant tables differ: expected [{string.Join(", ", want.Constants)}] got [{string.Join(", ", got.Constants)}]";
        }
        else
        {
            var wantCodes = want.Root.SelfAndDescendants().ToList();
            var gotCodes = got.Root.SelfAndDescendants().ToList();
            for (var i = 0; i < Math.Min(wantCodes.Count, gotCodes.Count); i++)
            {
                var a = wantCodes[i].FunctionData();
                var b = gotCodes[i].FunctionData();
                if (!a.AsSpan().SequenceEqual(b))
                {
                    where += $"; function #{i} '{want.Qstr(wantCodes[i].Prelude.SimpleName)}' differs at function-data offset {FirstDifference(a, b)}";
                    break;
                }
            }
        }

        var wantLines = Disassembler.Disassemble(want).Split('\n');
        var gotLines = Disassembler.Disassemble(got).Split('\n');
        for (var i = 0; i < Math.Max(wantLines.Length, gotLines.Length); i++)
        {
            var a = i < wantLines.Length ? wantLines[i] : "<end>";
            var b = i < gotLines.Length ? gotLines[i] : "<end>";
            if (a != b)
            {
                where += $"\nfirst differing listing line {i + 1}:\n  expected: {a}\n  actual:   {b}";
                break;
            }
        }

        return where;
    }

    private static int FirstDifference(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return n;
    }
}
