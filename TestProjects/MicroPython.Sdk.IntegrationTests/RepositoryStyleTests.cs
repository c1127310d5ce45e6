using MicroPython.TestSupport;

namespace MicroPython.Sdk.IntegrationTests;

/// <summary>
/// The repository's C# is laid out as its <c>.editorconfig</c> says: <c>dotnet format whitespace</c>
/// would change nothing. (The analyzers' rules are checked by every build, warnings being errors.)
/// </summary>
[TestClass]
public sealed class RepositoryStyleTests
{
    [TestMethod]
    public void EveryCSharpFileIsLaidOutAsTheEditorConfigSays()
    {
        // Folder mode reads the files and the .editorconfig only, without loading the projects: a
        // few seconds for the whole repository. artifacts/ holds outputs and the reference tree.
        var result = DotNet.Run(Paths.RepoRoot, new Dictionary<string, string>(), "format", "whitespace", "--folder", "--verify-no-changes", "--exclude", "artifacts");

        Assert.AreEqual(0, result.ExitCode, "some files are not laid out as .editorconfig says; `dotnet format whitespace --folder --exclude artifacts` fixes them:\n" + result);
    }
}
