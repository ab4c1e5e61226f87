namespace Sitrep.Duplicates;

/// <summary>
/// The MinHash fingerprint of a set of shingles: for each of <see cref="Size"/> fixed hash functions, the smallest
/// hash of any shingle. Two fingerprints agree in a position with probability (close to) the Jaccard similarity of the
/// sets. The functions are multiply-add maps with fixed odd multipliers, followed by an xor-shift, over the shingles'
/// 64-bit hashes (already well mixed): one multiplication per function and shingle.
/// </summary>
public static class MinHash
{
    public const int Size = 64;

    private static readonly ulong[] Multipliers = Enumerable.Range(1, Size).Select(i => StableHash.Mix((ulong)i * 0x2545f4914f6cdd1dUL) | 1).ToArray();
    private static readonly ulong[] Offsets = Enumerable.Range(1, Size).Select(i => StableHash.Mix((ulong)i ^ 0x9e3779b97f4a7c15UL)).ToArray();

    public static ulong[] Of(IReadOnlyCollection<ulong> shingles)
    {
        var signature = new ulong[Size];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var s in shingles)
            for (var i = 0; i < Size; i++)
            {
                var h = s * Multipliers[i] + Offsets[i];
                h ^= h >> 29;
                if (h < signature[i]) signature[i] = h;
            }
        return signature;
    }
}
