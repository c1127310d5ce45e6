using MicroPython.Bytecode;
using MicroPython.Bytecode.Targets;
using MicroPython.Freezer;
using Microsoft.Build.Framework;

namespace MicroPython.Build.Tasks;

/// <summary>A board's freeze request from its freeze entries, as <see cref="FreezeMicroPython"/> freezes it: for measuring what it costs.</summary>
internal static class FreezeRequests
{
    /// <exception cref="MpyFormatException">A compiled module cannot be read.</exception>
    /// <exception cref="FreezerException">The qstr header cannot be read.</exception>
    /// <exception cref="IOException">A module cannot be read.</exception>
    public static FreezeRequest FromEntries(IEnumerable<ITaskItem> entries, TargetProfile profile, string qstrHeader)
    {
        var strModules = new List<FrozenStrModule>();
        var mpyModules = new List<FrozenMpyModule>();
        foreach (var entry in entries)
        {
            if (entry.GetMetadata("Kind") == "str")
            {
                strModules.Add(new FrozenStrModule(entry.GetMetadata("FrozenPath"), File.ReadAllBytes(entry.ItemSpec)));
            }
            else
            {
                mpyModules.Add(new FrozenMpyModule(MpyReader.ReadFile(entry.ItemSpec), entry.ItemSpec));
            }
        }

        var firmware = qstrHeader.Length > 0 ? FirmwareQstrs.FromFile(qstrHeader) : FirmwareQstrs.StaticOnlyWith(profile.QstrBytesInHash, profile.QstrBytesInLen);
        return new FreezeRequest(strModules, mpyModules, firmware, FreezeTarget.FromProfile(profile));
    }
}
