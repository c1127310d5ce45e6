namespace MicroPython.TestSupport;

/// <summary>
/// Deterministic mutations of valid inputs for fuzz tests: a fixed seed gives the same cases in
/// every run, so a failure is reproduced by its case number alone.
/// </summary>
public sealed class Mutator(int seed)
{
    private static readonly byte[] Interesting = [0x00, 0x01, 0x7f, 0x80, 0xff, (byte)'(', (byte)'\n', (byte)'\'', (byte)':', (byte)' '];

    private readonly Random random = new(seed);

    /// <summary>One of <paramref name="items"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A copy of <paramref name="input"/> with one to four random edits: bytes changed, removed, repeated or cut.</summary>
    public byte[] Mutate(byte[] input)
    {
        var data = new List<byte>(input);
        var edits = random.Next(1, 5);
        for (var e = 0; e < edits && data.Count > 0; e++)
        {
            var at = random.Next(data.Count);
            var length = Math.Min(random.Next(1, 17), data.Count - at);
            switch (random.Next(7))
            {
                case 0:
                    data[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    data[at] = (byte)random.Next(256);
                    break;
                case 2:
                    data[at] = Interesting[random.Next(Interesting.Length)];
                    break;
                case 3:
                    data.RemoveRange(at, length);
                    break;
                case 4:
                    data.InsertRange(at, data.GetRange(at, length));
                    break;
                case 5:
                    data.RemoveRange(at, data.Count - at);
                    break;
                default:
                    data.Insert(at, (byte)random.Next(256));
                    break;
            }
        }

        return [.. data];
    }

    /// <summary>
    /// A copy of <paramref name="input"/> with one to four bytes changed inside <paramref name="regions"/>
    /// (each a start and a length), its size kept: the layout around the regions stays valid, so only
    /// what checks the regions' content can refuse the result.
    /// </summary>
    public byte[] MutateWithin(byte[] input, IReadOnlyList<(long Start, int Length)> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var data = (byte[])input.Clone();
        var edits = random.Next(1, 5);
        for (var e = 0; e < edits; e++)
        {
            var (start, length) = regions[random.Next(regions.Count)];
            var at = start + random.Next(length);
            data[at] = random.Next(3) switch
            {
                0 => (byte)(data[at] ^ (1 << random.Next(8))),
                1 => (byte)random.Next(256),
                _ => Interesting[random.Next(Interesting.Length)],
            };
        }

        return data;
    }
}
