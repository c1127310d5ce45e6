namespace MicroPython.Cli;

/// <summary>
/// The help of <c>mpy makemanifest</c>, laid out as argparse lays out makemanifest.py's own: the verb
/// reads its arguments as argparse does (see <see cref="MakeManifestArguments"/>), so it documents
/// them in the form its users know rather than as one free-form argument.
/// </summary>
internal static class MakeManifestHelp
{
    public const string Text = """
        usage: mpy makemanifest [-h] -o OUTPUT -b BUILD_DIR [-f MPY_CROSS_FLAGS] [-v VAR]
                                [--mpy-tool-flags MPY_TOOL_FLAGS] [-q QSTR_HEADER]
                                files [files ...]

        Generate frozen content (frozen_content.c) for MicroPython firmware from manifest files:
        a drop-in for MicroPython v1.28.0's tools/makemanifest.py (make MAKE_MANIFEST="mpy makemanifest")
        that needs neither Python nor mpy-cross, with byte-identical output.

        positional arguments:
          files                 input manifests: manifest.py files (or manifest code), evaluated in order

        options:
          -h, --help            show this help message and exit
          -o OUTPUT, --output OUTPUT
                                output path: the frozen_content.c to write (left untouched when
                                nothing it depends on changed)
          -b BUILD_DIR, --build-dir BUILD_DIR
                                build directory: compiled modules are kept in BUILD_DIR/frozen_mpy/
          -f MPY_CROSS_FLAGS, --mpy-cross-flags MPY_CROSS_FLAGS
                                flags as mpy-cross would be given them: -msmall-int-bits=N
                                (-march=... and -X ... are accepted and do not change bytecode)
          -v VAR, --var VAR     variables to substitute, as NAME=VALUE (repeatable): MPY_DIR,
                                MPY_LIB_DIR, PORT_DIR, BOARD_DIR, ...; a VALUE naming an existing
                                path is made absolute
          --mpy-tool-flags MPY_TOOL_FLAGS
                                flags as mpy-tool.py would be given them: -mlongint-impl
                                none|longlong|mpz, -mmpz-dig-size N
          -q QSTR_HEADER, --qstr-header QSTR_HEADER
                                the firmware's preprocessed qstr header (default:
                                BUILD_DIR/genhdr/qstrdefs.preprocessed.h)

        """;
}
