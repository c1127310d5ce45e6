namespace MicroPython.Compiler.Syntax;

/// <summary>The result of parsing one module.</summary>
/// <param name="root">The root node.</param>
/// <param name="sourceName">The source name the module was parsed under.</param>
/// <param name="options">The options it was parsed with.</param>
public sealed class ParseTree(ParseNode root, string sourceName, ParseOptions options)
{
    /// <summary>
    /// The module's node, shaped as the reference's <c>file_input</c> result: a
    /// <see cref="Rule.FileInput"/> node with one null child for an empty module, a
    /// <see cref="Rule.FileInput2"/> node listing statements (and <see cref="TokenKind.Newline"/>
    /// tokens for blank lines) when there are several, or the single statement itself.
    /// </summary>
    public ParseNode Root { get; } = root;

    /// <summary>The source name (the module's first qstr).</summary>
    public string SourceName { get; } = sourceName;

    /// <summary>The options used.</summary>
    public ParseOptions Options { get; } = options;

    /// <summary>How many distinct names the source has: about how many qstrs its module will use.</summary>
    internal int NameCount { get; init; }
}
