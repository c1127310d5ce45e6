using System.Security.Cryptography;
using System.Text;
using System.Xml;
using MicroPython.Freezer.Pipeline;
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

    /// <summary>The property the file sets to a fingerprint of its items, so a build can tell whether the file it imported is the one on disk.</summary>
    public const string IdProperty = "_MicroPythonPackageItemsId";

    /// <summary>
    /// Whether the file is newer than every input it was made from and is the file this build
    /// imported (<paramref name="importedId"/>): another build of the project may have rewritten it
    /// since this one was evaluated, and then the imported items are not the file's.
    /// </summary>
    public static bool IsUpToDate(string path, string importedId, params string[] inputs)
    {
        var written = File.GetLastWriteTimeUtc(path);
        return importedId.Length > 0
            && File.Exists(path)
            && inputs.All(input => File.GetLastWriteTimeUtc(input) < written)
            && File.ReadAllText(path).Contains($"<{IdProperty}>{importedId}</{IdProperty}>", StringComparison.Ordinal);
    }

    /// <summary>Writes the items (all or nothing: a half-written file would be imported).</summary>
    public static void Write(string path, IReadOnlyList<(string ItemName, ITaskItem Item)> items)
    {
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true };
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, settings))
        {
            xml.WriteComment(" Written by MicroPython.Sdk from project.assets.json: the MicroPython modules of the restored packages. ");
            xml.WriteStartElement("Project");
            xml.WriteStartElement("PropertyGroup");
            xml.WriteElementString(IdProperty, Id(items));
            xml.WriteEndElement();
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

        Outputs.Replace(path, Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static string Id(IEnumerable<(string ItemName, ITaskItem Item)> items)
    {
        var text = new StringBuilder();
        foreach (var (itemName, item) in items)
        {
            text.Append(itemName).Append('|').Append(item.ItemSpec);
            foreach (var name in Metadata)
            {
                text.Append('|').Append(item.GetMetadata(name));
            }

            text.Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
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
