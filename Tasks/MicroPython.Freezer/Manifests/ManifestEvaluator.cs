namespace MicroPython.Freezer.Manifests;

/// <summary>
/// Evaluates <c>manifest.py</c> files the way MicroPython v1.28.0's <c>manifestfile.py</c> does in
/// freeze mode — without executing Python. Directory walks are in ordinal order (files, then
/// subdirectories), so the result does not depend on the file system.
/// </summary>
public static class ManifestEvaluator
{
    /// <summary>Evaluates one manifest file.</summary>
    /// <param name="path">The manifest (or a directory holding <c>manifest.py</c>).</param>
    /// <param name="variables">Path variables for <c>$(NAME)</c> (<c>MPY_DIR</c>, <c>MPY_LIB_DIR</c>, <c>PORT_DIR</c>, <c>BOARD_DIR</c>, …).</param>
    /// <returns>The selected files, in order.</returns>
    /// <exception cref="FreezerException">The manifest is invalid (<c>MPY2001</c>–<c>MPY2009</c>), with file and line.</exception>
    public static IReadOnlyList<ManifestEntry> Evaluate(string path, IReadOnlyDictionary<string, string> variables) =>
        Evaluate([path], variables).Entries;

    /// <summary>
    /// Evaluates manifests as <c>makemanifest.py</c>'s arguments: an input ending in <c>.py</c> is a
    /// manifest file, any other input is manifest code.
    /// </summary>
    /// <param name="inputs">Manifest files and code snippets, in order.</param>
    /// <param name="variables">Path variables for <c>$(NAME)</c>.</param>
    /// <param name="workingDirectory">Where relative paths of the inputs and of code snippets resolve; the current directory by default.</param>
    /// <exception cref="FreezerException">A manifest is invalid, with file and line.</exception>
    public static ManifestEvaluation Evaluate(IEnumerable<string> inputs, IReadOnlyDictionary<string, string> variables, string? workingDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(variables);
        var session = new ManifestSession(variables, Path.GetFullPath(workingDirectory ?? Directory.GetCurrentDirectory()));
        try
        {
            foreach (var input in inputs)
            {
                if (input.EndsWith(".py", StringComparison.Ordinal))
                {
                    session.Include(input, new Dictionary<string, object?>(), isRequire: false);
                }
                else
                {
                    session.RunCode(input);
                }
            }
        }
        catch (ManifestCallException e)
        {
            // Only a top-level include can fail outside an interpreter (which adds file and line).
            throw new FreezerException(e.Code, e.Message, inner: e);
        }

        return session.Result();
    }
}
