namespace Sitrep.Duplicates;

/// <summary>
/// The MinHash fingerprint of a set of shingles: for each of <see cref="Size"/> fixed hash functions, the smallest
/// hash of any shingle. Two fingerprints agree in a position with probability equal to the Jaccard similarity of the sets.
/// </summary>
public static class MinHash
{
    public const int Size = 128;

    private static readonly ulong[] Salts = Enumerable.Range(1, Size).Select(i => StableHash.Mix((ulong)i * 0x2545f4914f6cdd1dUL)).ToArray();

    public static ulong[] Of(IReadOnlyCollection<ulong> shingles)
    {
        var signature = new ulong[Size];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var s in shingles)
            for (var i = 0; i < Size; i++)
            {
                var h = StableHash.Mix(s ^ Salts[i]);
                if (h < signature[i]) signature[i] = h;
            }
        return signature;
    }
}
