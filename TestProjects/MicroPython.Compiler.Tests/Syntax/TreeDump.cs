using System.Globalization;
using System.Text;
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
                    sb.Append(CultureInfo.InvariantCulture, $"str({str.Value})\n");
                    break;
                case TokenNode t:
                    sb.Append(CultureInfo.InvariantCulture, $"tok({(int)t.Kind})\n");
                    break;
                case ConstNode c:
                    sb.Append(CultureInfo.InvariantCulture, $"literal const={c.Value.Repr()}\n");
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
}
