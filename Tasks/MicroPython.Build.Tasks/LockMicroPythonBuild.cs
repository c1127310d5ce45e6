using MicroPython.Freezer;
using Microsoft.Build.Framework;

namespace MicroPython.Build.Tasks;

/// <summary>
/// Serializes builds of one project: takes an exclusive lock on a file in <c>obj/</c> and holds it
/// until the build ends (the open file is registered with MSBuild for the build's lifetime, which
/// closes it). Two builds of a project that overlap — two terminals, an IDE and a command line —
/// would otherwise write the same intermediate and output files at once; the second now waits for
/// the first, then finds its work done. The operating system drops the lock of a killed build.
/// </summary>
public sealed class LockMicroPythonBuild : Microsoft.Build.Utilities.Task, ICancelableTask
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private volatile bool canceled;

    /// <summary>The lock file (created if missing, never deleted: deleting it would let two builds hold two locks).</summary>
    [Required]
    public string LockFile { get; set; } = "";

    /// <summary>How long to wait for another build before giving up with an error, in seconds.</summary>
    public int TimeoutSeconds { get; set; } = 600;

    /// <inheritdoc />
    public void Cancel() => canceled = true;

    /// <inheritdoc />
    public override bool Execute()
    {
        var path = Path.GetFullPath(LockFile);
        var key = typeof(LockMicroPythonBuild).FullName + ":" + path;
        var engine = (IBuildEngine4)BuildEngine;
        if (engine.GetRegisteredTaskObject(key, RegisteredTaskObjectLifetime.Build) is not null)
        {
            return true;
        }

        var waitedSince = DateTime.UtcNow;
        var told = false;
        while (true)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                engine.RegisterTaskObject(key, held, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
                return true;
            }
            catch (UnauthorizedAccessException e)
            {
                Log.LogError(null, DiagnosticCodes.OutputNotWritable, null, path, 0, 0, 0, 0, $"cannot create the build's lock file: {e.Message}");
                return false;
            }
            catch (IOException) when (File.Exists(path))
            {
                // Held by another build of this project.
            }

            if (!told)
            {
                Log.LogMessage(MessageImportance.High, $"MicroPython: waiting for another build of this project to finish (it holds {path})");
                told = true;
            }

            if (DateTime.UtcNow - waitedSince > TimeSpan.FromSeconds(TimeoutSeconds))
            {
                Log.LogError(null, DiagnosticCodes.OutputNotWritable, null, path, 0, 0, 0, 0, $"another build of this project has held {path} for {TimeoutSeconds} seconds; stop it or try again");
                return false;
            }

            Thread.Sleep(Poll);
            if (canceled)
            {
                return false;
            }
        }
    }
}
