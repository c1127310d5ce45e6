using System.Runtime.InteropServices;

namespace MicroPython.Bytecode.Files;

/// <summary>Tells the <see cref="FileKind"/> of a path.</summary>
public static partial class FileKinds
{
    // The runtime's own stat shim (what FileInfo uses on Unix): its mode bits are the same on every
    // Unix .NET runs on, unlike libc's struct stat. Only the file-type bits are read.
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int FolderType = 0x4000;
    private const int StatusBytes = 256;
    private const int ModeOffset = 4;

    /// <summary>The kind of <paramref name="path"/>, following symbolic links.</summary>
    public static FileKind Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows())
        {
            return ByExistence(path);
        }

        var status = new byte[StatusBytes];
        try
        {
            if (Stat(System.Text.Encoding.UTF8.GetBytes(path + "\0"), status) != 0)
            {
                // Nothing there, or a symbolic link whose target is missing.
                return FileKind.Missing;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Without the shim nothing tells a device from a file; such a host sees files, as .NET does.
            return ByExistence(path);
        }

        return (BitConverter.ToInt32(status, ModeOffset) & TypeMask) switch
        {
            RegularType => FileKind.Regular,
            FolderType => FileKind.Folder,
            _ => FileKind.Special,
        };
    }

    private static FileKind ByExistence(string path) =>
        Directory.Exists(path) ? FileKind.Folder : File.Exists(path) ? FileKind.Regular : FileKind.Missing;

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static partial int Stat(byte[] path, byte[] status);
}
