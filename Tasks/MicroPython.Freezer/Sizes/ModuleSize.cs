namespace MicroPython.Freezer.Sizes;

/// <summary>What one frozen module costs in the firmware's flash (and qstrs it adds to the pool).</summary>
/// <param name="Path">Its frozen path (<c>app/scheduler.py</c>).</param>
/// <param name="Package">Its top-level folder, or empty for a top-level module.</param>
/// <param name="Kind"><c>mpy</c> (frozen bytecode) or <c>str</c> (frozen source text).</param>
/// <param name="BytecodeBytes">The bytecode of its functions (<c>fun_data_*</c>), prelude included; for <c>str</c>, its source text.</param>
/// <param name="RawCodeBytes">Raw-code structures of functions with children and their children lists.</param>
/// <param name="ConstantBytes">Its constant table, the constant objects and their data (string bytes, long-int digits).</param>
/// <param name="QstrTableBytes">Its table of qstr numbers (2 bytes each).</param>
/// <param name="ModuleBytes">Its module structure, its entry in the content list and its name.</param>
/// <param name="QstrsAdded">Qstrs the firmware lacks that this module brings first.</param>
/// <param name="QstrBytes">Those qstrs' bytes in the frozen pool: hash, length, pointer and text.</param>
public sealed record ModuleSize(
    string Path,
    string Package,
    string Kind,
    int BytecodeBytes,
    int RawCodeBytes,
    int ConstantBytes,
    int QstrTableBytes,
    int ModuleBytes,
    int QstrsAdded,
    int QstrBytes)
{
    /// <summary>All of the module's flash bytes.</summary>
    public int FlashBytes => BytecodeBytes + RawCodeBytes + ConstantBytes + QstrTableBytes + ModuleBytes + QstrBytes;
}

/// <summary>What one file of a ROMFS image costs: its size in the image, and the qstrs importing it interns in RAM.</summary>
/// <param name="Path">Its path in the image.</param>
/// <param name="Package">Its top-level folder, or empty.</param>
/// <param name="FileBytes">Its size.</param>
/// <param name="QstrsAdded">Qstrs neither the firmware nor the frozen modules have, that it brings first (0 for data files).</param>
/// <param name="QstrRamBytes">What interning them takes in RAM: hash, length, pool pointer and text.</param>
public sealed record RomfsFileSize(string Path, string Package, int FileBytes, int QstrsAdded, int QstrRamBytes);

/// <summary>The modules of one package (top-level folder; empty for top-level modules) added up.</summary>
/// <param name="Package">The package.</param>
/// <param name="Modules">How many modules or files.</param>
/// <param name="FlashBytes">Their flash bytes (frozen) or file bytes (ROMFS).</param>
/// <param name="QstrsAdded">The qstrs they add.</param>
public sealed record PackageSize(string Package, int Modules, long FlashBytes, int QstrsAdded);
