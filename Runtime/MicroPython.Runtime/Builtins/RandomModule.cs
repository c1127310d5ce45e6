using System.Numerics;
using MicroPython.Runtime.Objects;
using static MicroPython.Runtime.Builtins.Args;

namespace MicroPython.Runtime.Builtins;

/// <summary>
/// The random module as MicroPython has it: the yasmarang generator (so a seed gives the device's
/// sequence), seeded from the OS on import as the unix port does, with the extra functions.
/// </summary>
internal static class RandomModule
{
    public static void Fill(PyDict g)
    {
        var rng = new Yasmarang(BitConverter.ToUInt32(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4)));
        Def(g, "getrandbits", (a, _) =>
        {
            var n = Ints.ToLong(a[0]);
            if (n is > 32 or < 0)
            {
                throw Err.Value("bits must be 32 or less");
            }

            return n == 0 ? 0L : (long)(rng.Next() & (uint.MaxValue >> (int)(32 - n)));
        });
        Def(g, "seed", (a, _) =>
        {
            rng.Seed(a.Length == 0 || a[0] == Ops.None
                ? BitConverter.ToUInt32(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4))
                : (uint)(Ints.Big(a[0]) & uint.MaxValue));
            return Ops.None;
        });
        Def(g, "randrange", (a, _) =>
        {
            Count(a, 1, 3, "randrange");
            var start = Ints.ToLong(a[0]);
            if (a.Length == 1)
            {
                return start > 0 ? (long)rng.Below((uint)start) : throw Err.Make(Types.ValueError);
            }

            var stop = Ints.ToLong(a[1]);
            if (a.Length == 2)
            {
                return start < stop ? start + rng.Below((uint)(stop - start)) : throw Err.Make(Types.ValueError);
            }

            var step = Ints.ToLong(a[2]);
            var n = step > 0 ? (stop - start + step - 1) / step : step < 0 ? (stop - start + step + 1) / step : 0;
            return n > 0 ? start + (step * rng.Below((uint)n)) : throw Err.Make(Types.ValueError);
        });
        Def(g, "randint", (a, _) =>
        {
            var lo = Ints.ToLong(a[0]);
            var hi = Ints.ToLong(a[1]);
            return lo <= hi ? lo + rng.Below((uint)(hi - lo + 1)) : throw Err.Make(Types.ValueError);
        });
        Def(g, "choice", (a, _) =>
        {
            var n = Seq.Len(a[0]);
            return n > 0 ? Seq.GetItem(a[0], (long)rng.Below((uint)n)) : throw Err.Make(Types.IndexError);
        });
        Def(g, "random", (a, _) => rng.NextDouble());
        Def(g, "uniform", (a, _) =>
        {
            var lo = Floats.ToDouble(a[0]);
            var hi = Floats.ToDouble(a[1]);
            return lo + ((hi - lo) * rng.NextDouble());
        });
    }

    /// <summary>The yasmarang generator MicroPython's random module uses.</summary>
    private sealed class Yasmarang
    {
        private uint pad;
        private uint n;
        private uint d;
        private byte dat;

        public Yasmarang(uint seed) => Seed(seed);

        public void Seed(uint seed)
        {
            pad = seed;
            n = 69;
            d = 233;
            dat = 0;
        }

        public uint Next()
        {
            pad += dat + (d * n);
            pad = (pad << 3) + (pad >> 29);
            n = pad | 2;
            d ^= (pad << 31) + (pad >> 1);
            dat ^= (byte)((byte)pad ^ (d >> 8) ^ 1);
            return pad ^ (d << 5) ^ (pad >> 18) ^ ((uint)dat << 1);
        }

        // A uniform value below limit: masked draws, rejected until one is in range.
        public long Below(uint limit)
        {
            uint mask = 1;
            while ((limit & mask) < limit)
            {
                mask = (mask << 1) | 1;
            }

            uint r;
            do
            {
                r = Next() & mask;
            }
            while (r >= limit);
            return r;
        }

        // A double in [0, 1): 52 random fraction bits under the exponent of 1.0, minus 1.
        public double NextDouble()
        {
            var high = (ulong)Next() << 32;
            var bits = (high | Next()) & ((1UL << 52) - 1);
            return BitConverter.UInt64BitsToDouble(0x3FF0_0000_0000_0000UL | bits) - 1;
        }
    }
}
