using System.Security.Cryptography;
using MicroPython.Runtime.Objects;
using static MicroPython.Runtime.Builtins.Args;

namespace MicroPython.Runtime.Builtins;

/// <summary>The hashlib module of the unix port: <c>sha256</c>, whose digest ends the hash.</summary>
internal static class HashlibModule
{
    private static readonly PyType Sha256 = MakeSha256();

    public static void Fill(PyDict g) => g["sha256"] = Sha256;

    private static PyType MakeSha256()
    {
        var t = new PyType("sha256", [Types.Object], new PyDict(), true);
        t.Maker = (cls, a, _) =>
        {
            var h = new Hash();
            if (a.Length > 0)
            {
                h.Update(Seq.Bytes(a[0]));
            }

            return new PyInstance(cls) { Native = h };
        };
        Def(t, "update", a => { ((Hash)a[0]).Update(Seq.Bytes(a[1])); return Ops.None; });
        Def(t, "digest", a => new PyBytes(((Hash)a[0]).Digest()));
        return t;
    }

    private sealed class Hash
    {
        private readonly IncrementalHash sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private bool final;

        public void Update(byte[] data)
        {
            Check();
            sha.AppendData(data);
        }

        public byte[] Digest()
        {
            Check();
            final = true;
            return sha.GetHashAndReset();
        }

        private void Check()
        {
            if (final)
            {
                throw Err.Value("hash is final");
            }
        }
    }
}
