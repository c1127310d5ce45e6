using MicroPython.Bytecode;
using MicroPython.Bytecode.Targets;
using MicroPython.TestSupport;

namespace MicroPython.Sdk.IntegrationTests;

[TestClass]
public sealed class TargetProfileTests
{
    private static string ProfilePath(string name) => Path.Combine(Paths.RepoRoot, "Sdk", "targets", name + ".json");

    [TestMethod]
    [DataRow("unix", 63, LongIntImplementation.Mpz, 16, FloatImplementation.Double, 2, NativeArch.X64)]
    [DataRow("rp2", 31, LongIntImplementation.Mpz, 16, FloatImplementation.Single, 1, NativeArch.Armv6m)]
    [DataRow("esp32", 31, LongIntImplementation.Mpz, 16, FloatImplementation.Single, 2, NativeArch.Xtensawin)]
    [DataRow("stm32", 31, LongIntImplementation.Mpz, 16, FloatImplementation.Single, 2, NativeArch.Armv7emsp)]
    public void ShippedProfilesCarryThePortConfiguration(string name, int smallIntBits, LongIntImplementation longInt, int mpzDigitSize, FloatImplementation floatImpl, int hashBytes, NativeArch arch)
    {
        var profile = TargetProfileReader.ReadFile(ProfilePath(name));

        Assert.AreEqual(name, profile.Name);
        Assert.AreEqual(smallIntBits, profile.SmallIntBits);
        Assert.AreEqual(ObjectRepresentation.A, profile.ObjectRepresentation);
        Assert.AreEqual(longInt, profile.LongInt);
        Assert.AreEqual(mpzDigitSize, profile.MpzDigitSize);
        Assert.AreEqual(floatImpl, profile.Float);
        Assert.AreEqual(hashBytes, profile.QstrBytesInHash);
        Assert.AreEqual(1, profile.QstrBytesInLen);
        Assert.AreEqual(arch, profile.NativeArch);
    }

    [TestMethod]
    [DataRow("unix")]
    [DataRow("rp2")]
    [DataRow("esp32")]
    [DataRow("stm32")]
    public void ShippedProfilesCiteMicroPythonsRepositoryAndTag(string name)
    {
        var json = File.ReadAllText(ProfilePath(name));

        StringAssert.Contains(json, "micropython/micropython@v1.28.0");
        Assert.IsFalse(json.Contains("/work/", StringComparison.Ordinal), "the profile cites a folder of the machine it was written on");
    }

    [TestMethod]
    [DataRow("{", "not valid JSON")]
    [DataRow("""{"name": "x"}""", "'description' is missing")]
    public void ABrokenProfileIsAnErrorNamingTheFile(string json, string reason)
    {
        var error = Assert.ThrowsExactly<TargetProfileException>(() => TargetProfileReader.Read(json, "boards/mine.json"));

        StringAssert.StartsWith(error.Message, "boards/mine.json: error MPY3002: invalid target profile: ");
        StringAssert.Contains(error.Message, reason);
    }

    [TestMethod]
    public void AProfileMustCiteEveryValue()
    {
        var json = File.ReadAllText(ProfilePath("rp2")).Replace("\"float\": \"ports/rp2/mpconfigport.h:127\",", "");

        var error = Assert.ThrowsExactly<TargetProfileException>(() => TargetProfileReader.Read(json, "rp2.json"));

        StringAssert.Contains(error.Message, "no source cited for float");
    }

    [TestMethod]
    [DataRow(31, NativeArch.None, null)]
    [DataRow(63, NativeArch.None, "compiled for 63-bit small ints and target 'rp2' has 31")]
    [DataRow(31, NativeArch.Armv6m, null)]
    [DataRow(31, NativeArch.Armv7m, "holds Armv7m machine code and target 'rp2' runs Armv6m")]
    [DataRow(31, NativeArch.X64, "holds X64 machine code")]
    public void AnMpyLoadsOnlyWhereTheFirmwareWouldLoadIt(int bits, NativeArch arch, string? reason)
    {
        var profile = TargetProfileReader.ReadFile(ProfilePath("rp2"));
        var header = new MpyHeader((byte)(arch == NativeArch.None ? 0 : ((int)arch << 2) | MpyHeader.SubVersion), (byte)bits);

        var actual = profile.Incompatibility(header);

        if (reason is null)
        {
            Assert.IsNull(actual);
        }
        else
        {
            StringAssert.Contains(actual, reason);
        }
    }
}
