namespace MicroPython.Freezer.Pipeline;

/// <summary>What <c>makemanifest.py</c> takes on its command line.</summary>
public sealed record MakeManifestRequest
{
    /// <summary>Manifest files (ending in <c>.py</c>) and manifest code snippets, in order.</summary>
    public required IReadOnlyList<string> Manifests { get; init; }

    /// <summary>The <c>frozen_content.c</c> to write (<c>-o</c>).</summary>
    public required string OutputPath { get; init; }

    /// <summary>
    /// The port's build directory (<c>-b</c>): compiled modules are cached under
    /// <c>frozen_mpy/</c> there, and the C names them by this path as given.
    /// </summary>
    public required string BuildDirectory { get; init; }

    /// <summary>Path variables for <c>$(NAME)</c> (<c>-v NAME=VALUE</c>).</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();

    /// <summary>The target's integer storage (<c>--mpy-tool-flags</c>).</summary>
    public FreezeTarget Target { get; init; } = FreezeTarget.Default;

    /// <summary>The firmware's qstr header; by default <c>BUILD/genhdr/qstrdefs.preprocessed.h</c> as makemanifest reads it.</summary>
    public string? QstrHeaderPath { get; init; }

    /// <summary>Where relative inputs and the build directory resolve; the current directory by default.</summary>
    public string? WorkingDirectory { get; init; }
}
