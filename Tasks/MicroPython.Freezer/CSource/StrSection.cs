using System.Globalization;
using System.Text;

namespace MicroPython.Freezer.CSource;

/// <summary>
/// The source-text half of <c>frozen_content.c</c>, as makemanifest writes it: the
/// <c>MP_FROZEN_STR_NAMES</c> macro (which the bytecode half splices into <c>mp_frozen_names</c>),
/// the sizes and the contents as C string literals.
/// </summary>
internal static class StrSection
{
    public static void Write(StringBuilder o, IReadOnlyList<FrozenStrModule> modules)
    {
        o.Append("#include <stdint.h>\n#define MP_FROZEN_STR_NAMES \\\n");
        foreach (var m in modules)
        {
            o.Append('"').Append(CText.StringBody(m.TargetPath)).Append("\\0\" \\\n");
        }

        o.Append("\nconst uint32_t mp_frozen_str_sizes[] = { ");
        foreach (var m in modules)
        {
            o.Append(m.Content.Length.ToString(CultureInfo.InvariantCulture)).Append(", ");
        }

        o.Append("0 };\nconst char mp_frozen_str_content[] = {\n");
        foreach (var m in modules)
        {
            AppendLiteral(o, m.Content);
        }

        o.Append("\"\\0\"\n};\n\n");
    }

    // A hex escape swallows every hex digit that follows it, so after one the literal is closed
    // and reopened before the next plain character.
    private static void AppendLiteral(StringBuilder o, byte[] data)
    {
        o.Append('"');
        var afterHex = false;
        foreach (var b in data)
        {
            switch (b)
            {
                case (byte)'\n': o.Append("\\n"); continue;
                case (byte)'\r': o.Append("\\r"); continue;
                case (byte)'"': o.Append("\\\""); continue;
                case (byte)'\\': o.Append("\\\\"); continue;
            }

            if (b >= 32 && b <= 126)
            {
                if (afterHex)
                {
                    o.Append("\" \"");
                    afterHex = false;
                }

                o.Append((char)b);
            }
            else
            {
                o.Append("\\x").Append(Hex.Byte(b));
                afterHex = true;
            }
        }

        o.Append("\\0\"\n");
    }
}
