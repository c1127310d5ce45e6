namespace MicroPython.Freezer.CSource;

/// <summary>Lower-case hexadecimal digits without allocation per byte.</summary>
internal static class Hex
{
    private static readonly string[] Bytes = Enumerable.Range(0, 256).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Two lower-case hex digits.</summary>
    public static string Byte(byte b) => Bytes[b];
}
