using MicroPython.Freezer.Pipeline;

namespace MicroPython.Freezer.Sizes;

/// <summary>Writes <c>size-report.json</c> through the one output writer (unchanged files keep their time stamp, never a partial file).</summary>
public static class SizeReportFile
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="path"/>; returns whether the file changed.</summary>
    public static bool Write(SizeReport report, string path) => OutputFile.WriteIfChanged(Path.GetFullPath(path), SizeReportJson.Write(report));
}
