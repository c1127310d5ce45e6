using System.Globalization;
using System.Text;
using MicroPython.Bytecode.Constants;
using MicroPython.Compiler.Syntax;

namespace MicroPython.Compiler.Tests.Syntax;

/// <summary>
/// Prints a parse tree in the layout of the reference's debug printer (mp_parse_node_print), with
/// rule names lower-cased without underscores and constant objects without their address, so
/// the two can be compared line by line.
/// </summary>
internal static class TreeDump
{
    public static string Dump(ParseNode? root)
    {
        var sb = new StringBuilder();
        var stack = new Stack<(ParseNode? Node, int Indent)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, indent) = stack.Pop();
            sb.Append(node switch
            {
                RuleNode r => $"[{r.Line,4}] ",
                ConstNode c => $"[{c.Line,4}] ",
                _ => "       ",
            });
            sb.Append(' ', indent);
            switch (node)
            {
                case null:
                    sb.Append("NULL\n");
                    break;
                case SmallIntNode s:
                    sb.Append(CultureInfo.InvariantCulture, $"int({s.Value})\n");
                    break;
                case IdNode id:
                    sb.Append(CultureInfo.InvariantCulture, $"id({id.Name})\n");
                    break;
                case StringNode str:
                    // the reference prints a qstr with %s, which stops at a NUL
                    var end = str.Value.IndexOf('\0', StringComparison.Ordinal);
                    sb.Append(CultureInfo.InvariantCulture, $"str({(end < 0 ? str.Value : str.Value[..end])})\n");
                    break;
                case TokenNode t:
                    sb.Append(CultureInfo.InvariantCulture, $"tok({(int)t.Kind})\n");
                    break;
                case ConstNode c:
                    sb.Append(CultureInfo.InvariantCulture, $"literal const={Repr(c.Value)}\n");
                    break;
                case RuleNode r:
                    sb.Append(CultureInfo.InvariantCulture, $"{r.Rule.ToString().ToLowerInvariant()}({(int)r.Rule}) (n={r.Count})\n");
                    for (var k = r.Count - 1; k >= 0; k--)
                    {
                        stack.Push((r.Children[k], indent + 2));
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    // MicroPython's repr, which escapes every character outside printable ASCII
    private static string Repr(MpyConstant value) => value switch
    {
        MpyStr s => Quote(EnumerateCodePoints(s.Value), string.Empty),
        MpyBytes b => Quote(b.Value.Select(x => (int)x), "b"),
        MpyTuple t when t.Items.Count == 1 => "(" + Repr(t.Items[0]) + ",)",
        MpyTuple t => "(" + string.Join(", ", t.Items.Select(Repr)) + ")",
        _ => value.Repr(),
    };

    private static IEnumerable<int> EnumerateCodePoints(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                yield return char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            else
            {
                yield return text[i];
            }
        }
    }

    private static string Quote(IEnumerable<int> codePoints, string prefix)
    {
        var items = codePoints.ToList();
        var hasSingle = false;
        var hasDouble = false;
        foreach (var c in items)
        {
            if (hasDouble)
            {
                break;
            }

            hasSingle |= c == '\'';
            hasDouble |= c == '"';
        }

        var quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(prefix).Append(quote);
        foreach (var c in items)
        {
            sb.Append(c switch
            {
                _ when c == quote => "\\" + quote,
                '\\' => "\\\\",
                >= 32 and <= 126 => ((char)c).ToString(),
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < 0x100 => $"\\x{c:x2}",
                < 0x10000 => $"\\u{c:x4}",
                _ => $"\\U{c:x8}",
            });
        }

        return sb.Append(quote).ToString();
    }
}
