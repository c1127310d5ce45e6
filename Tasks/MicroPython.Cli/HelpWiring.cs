using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace MicroPython.Cli;

/// <summary>
/// Routes <c>--help</c>: verbs that read their own command line (<c>makemanifest</c>) print their own
/// help text; every other command gets System.CommandLine's.
/// </summary>
internal sealed class HelpWiring(CommandLineAction standard, IReadOnlyDictionary<string, string> ownHelp) : SynchronousCommandLineAction
{
    /// <summary>Replaces the help action of <paramref name="root"/>'s help option, which every verb inherits.</summary>
    public static void Apply(RootCommand root, IReadOnlyDictionary<string, string> ownHelp)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWiring(help.Action!, ownHelp);
    }

    public override int Invoke(ParseResult parseResult)
    {
        if (ownHelp.TryGetValue(parseResult.CommandResult.Command.Name, out var text))
        {
            Console.Out.Write(text.ReplaceLineEndings("\n"));
            return 0;
        }

        return ((SynchronousCommandLineAction)standard).Invoke(parseResult);
    }
}
