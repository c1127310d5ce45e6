namespace MicroPython.Sdk.IntegrationTests;

/// <summary>Compares a built <c>frozen_content.c</c> with one the reference makemanifest.py made.</summary>
internal static class FrozenContent
{
    /// <summary>
    /// Asserts the two are equal but for the <c>// - original source file:</c> comments, which name
    /// where each <c>.mpy</c> was read from and differ by design.
    /// </summary>
    public static void AssertMatchesReference(string expectedName, string actualPath)
    {
        var expected = WithoutOriginComments(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Expected", expectedName)));
        var actual = WithoutOriginComments(File.ReadAllText(actualPath));
        Assert.AreEqual(expected, actual, $"{actualPath} differs from Expected/{expectedName}");
    }

    private static string WithoutOriginComments(string c) =>
        string.Join('\n', c.Split('\n').Where(line => !line.StartsWith("// - original source file:", StringComparison.Ordinal)));
}
