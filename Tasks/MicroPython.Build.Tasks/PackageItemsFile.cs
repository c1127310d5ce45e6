using System.Text;
using System.Xml;
using Microsoft.Build.Framework;

namespace MicroPython.Build.Tasks;

/// <summary>
/// The package modules a restore brought, written as an MSBuild file that the SDK imports, as NuGet
/// writes <c>nuget.g.props</c>: a build with the same restore takes them from there and spends no
/// time resolving packages again.
/// </summary>
internal static class PackageItemsFile
{
    /// <summary>The metadata that marks an item as imported from this file, so a fresh resolve can replace it.</summary>
    public const string MarkerMetadata = "MicroPythonPackageModule";

    private static readonly string[] Metadata = ["FrozenPath", "NuGetPackageId", "NuGetPackageVersion"];

    /// <summary>Whether the file exists and is newer than every input it was made from.</summary>
    public static bool IsUpToDate(string path, params string[] inputs)
    {
        var written = File.GetLastWriteTimeUtc(path);
        return File.Exists(path) && inputs.All(input => File.GetLastWriteTimeUtc(input) < written);
    }

    /// <summary>Writes the items (all or nothing: a half-written file would be imported).</summary>
    public static void Write(string path, IEnumerable<(string ItemName, ITaskItem Item)> items)
    {
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true };
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, settings))
        {
            xml.WriteComment(" Written by MicroPython.Sdk from project.assets.json: the MicroPython modules of the restored packages. ");
            xml.WriteStartElement("Project");
            xml.WriteStartElement("ItemGroup");
            foreach (var (itemName, item) in items)
            {
                xml.WriteStartElement(itemName);
                xml.WriteAttributeString("Include", Escape(item.ItemSpec));
                foreach (var name in Metadata)
                {
                    xml.WriteAttributeString(name, Escape(item.GetMetadata(name)));
                }

                xml.WriteAttributeString(MarkerMetadata, "true");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text.ToString());
        File.Move(temporary, path, overwrite: true);
    }

    // MSBuild reads %, $, @, ', ;, ?, * and ( ) in an Include or a metadata value as syntax.
    private static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '%' or '$' or '@' or '\'' or ';' or '?' or '*' or '(' or ')')
            {
                escaped.Append('%').Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
