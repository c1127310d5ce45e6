namespace MicroPython.Freezer.Manifests;

/// <summary>How a file selected by a manifest is frozen.</summary>
public enum ManifestEntryKind
{
    /// <summary>A <c>.py</c> frozen as source text (<c>freeze_as_str</c>), compiled by the firmware on import.</summary>
    Source,

    /// <summary>A <c>.py</c> compiled to bytecode, then frozen.</summary>
    Compile,

    /// <summary>A ready-made <c>.mpy</c> frozen as it is.</summary>
    Bytecode,
}
