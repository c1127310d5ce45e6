namespace MicroPython.Bytecode.Romfs;

/// <summary>The kinds of record a ROMFS image is made of (<c>extmod/vfs_rom.c</c> of MicroPython v1.28.0).</summary>
public enum RomfsRecordKind
{
    /// <summary>Never written; the VM reads a record it cannot decode as this kind.</summary>
    Unused = 0,

    /// <summary>Bytes to skip, for alignment.</summary>
    Padding = 1,

    /// <summary>A file's content, held in the record itself.</summary>
    DataVerbatim = 2,

    /// <summary>A file's content held elsewhere in the image: its size, then its offset from the first record.</summary>
    DataPointer = 3,

    /// <summary>A directory: its name, then the records of its entries.</summary>
    Directory = 4,

    /// <summary>A file: its name, then a data record (verbatim or pointer) among possibly others.</summary>
    File = 5,

    /// <summary>The whole filesystem; its encoded kind is the image's three magic bytes <c>d2 cd 31</c>.</summary>
    Filesystem = 0x14A6B1,
}
