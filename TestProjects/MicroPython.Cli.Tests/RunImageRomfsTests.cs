using System.Text;
using System.Text.Json;
using MicroPython.Bytecode;
using MicroPython.Compiler;
using MicroPython.Freezer.Romfs;
using MicroPython.TestSupport;

namespace MicroPython.Cli.Tests;

/// <summary>
/// <c>mpy run --image</c> of a board whose output folder holds <c>romfs.img</c>: the image is mounted
/// at <c>/rom</c>, <c>/rom</c> and <c>/rom/lib</c> join <c>sys.path</c> after <c>.frozen</c> as
/// v1.28.0's <c>mp_init</c> puts them, and modules (<c>.py</c>, <c>.mpy</c>, packages) import from it.
/// </summary>
[TestClass]
public sealed class RunImageRomfsTests
{
    [TestMethod]
    public void ModulesInTheRomfsImageImportFromRom()
    {
        var root = new RomfsFolder();
        root.AddFile("hello.py", Encoding.UTF8.GetBytes("print('hello from', __file__)\n"));
        root.AddFile("lib/greet/__init__.mpy", Mpy("def hi(who):\n    return 'hi ' + who\n", "greet/__init__.py"));
        root.AddFile("lib/greet/loud.mpy", Mpy("def shout(s):\n    return s.upper() + '!'\n", "greet/loud.py"));
        var dir = Directory.CreateTempSubdirectory("mpy-romfs-run-").FullName;
        try
        {
            var image = WriteImage(dir, RomfsWriter.Write(root));
            File.WriteAllText(Path.Combine(dir, "main.py"),
                "import sys\nprint(sys.path)\nimport hello\nimport greet\nfrom greet import loud\n" +
                "print(greet.hi('rom'), loud.shout('rom'))\nprint(greet.__file__, loud.__file__)\n");

            var result = MpyTool.Run(dir, "run", "--image", image);

            Assert.AreEqual(0, result.ExitCode, result.StdErr + result.StdOut);
            Assert.AreEqual(
                "['', '.frozen', '/rom', '/rom/lib', '/lib']\nhello from /rom/hello.py\nhi rom ROM!\n/rom/lib/greet/__init__.mpy /rom/lib/greet/loud.mpy\n",
                result.StdOut);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [TestMethod]
    public void WithoutAnImageNothingIsMountedAtRom()
    {
        var dir = Directory.CreateTempSubdirectory("mpy-romfs-run-").FullName;
        try
        {
            var image = WriteImage(dir, romfs: null);
            File.WriteAllText(Path.Combine(dir, "main.py"), "import sys\nprint(sys.path)\n");

            var result = MpyTool.Run(dir, "run", "--image", image);

            Assert.AreEqual(0, result.ExitCode, result.StdErr + result.StdOut);
            Assert.AreEqual("['', '.frozen', '/lib']\n", result.StdOut);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [TestMethod]
    public void ACorruptRomfsImageIsABadImage()
    {
        var dir = Directory.CreateTempSubdirectory("mpy-romfs-run-").FullName;
        try
        {
            var image = WriteImage(dir, [0xd2, 0xcd, 0x31, 0x09, 0x01]);

            var result = MpyTool.Run(dir, "run", "--image", image);

            Assert.AreEqual(1, result.ExitCode, result.StdOut);
            StringAssert.Contains(result.StdErr, "error MPY4004: ");
            StringAssert.Contains(result.StdErr, "romfs.img");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static byte[] Mpy(string source, string name) => MpyWriter.Write(MpyCompiler.Compile(source, name, CompilerOptions.Default));

    // A board folder as the build leaves it: image.json (the rp2 profile, nothing frozen) and, if given, romfs.img.
    private static string WriteImage(string dir, byte[]? romfs)
    {
        var board = Path.Combine(dir, "bin", "rp2");
        Directory.CreateDirectory(board);
        using var profile = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.RepoRoot, "Sdk", "targets", "rp2.json")), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var imagePath = Path.Combine(board, "image.json");
        using (var stream = File.Create(imagePath))
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WritePropertyName("profile");
            profile.RootElement.WriteTo(json);
            json.WriteStartArray("frozen");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        if (romfs is not null)
        {
            File.WriteAllBytes(Path.Combine(board, "romfs.img"), romfs);
        }

        return imagePath;
    }
}
