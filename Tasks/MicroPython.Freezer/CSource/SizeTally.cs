namespace MicroPython.Freezer.CSource;

/// <summary>The byte counts of the closing <c>byte sizes</c> comment, accumulated while writing.</summary>
internal sealed class SizeTally
{
    public int QstrCount { get; set; }

    public int QstrBytes { get; set; }

    public int Bytecode { get; set; }

    public int ConstStr { get; set; }

    public int ConstInt { get; set; }

    public int ConstObj { get; set; }

    public int ConstTablePtrEntries { get; set; }

    public int RawCodes { get; set; }

    public int NamesBytes { get; set; } = 1;

    public int ModuleCount { get; set; }

    public int Total =>
        QstrBytes + Bytecode + ConstStr + ConstInt + ConstObj + (4 * ConstTablePtrEntries) + (16 * RawCodes) + NamesBytes + (4 * ModuleCount);
}
