namespace Sitrep.Duplicates;

/// <summary>
/// Locality-sensitive hashing of a MinHash fingerprint: <see cref="Bands"/> bands of <see cref="Rows"/> values, each
/// band one index key ("07:3fa9..."). Two texts share a key with probability 1 - (1 - J^4)^16 for Jaccard similarity J:
/// 0.9999 at J = 0.8, 0.98 at 0.7, 0.89 at 0.6, 0.64 at 0.5, 0.12 at 0.3. Looking up an article's keys finds its
/// near-duplicates without a scan. Sixteen keys an article keep the index small: every key is a random insert.
/// </summary>
public static class LshBands
{
    public const int Bands = 16;
    public const int Rows = MinHash.Size / Bands;

    public static IReadOnlyList<string> Keys(ulong[] signature)
    {
        if (signature.Length != MinHash.Size) throw new ArgumentException($"a fingerprint has {MinHash.Size} values, not {signature.Length}", nameof(signature));
        var keys = new string[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var h = StableHash.Seed;
            for (var r = 0; r < Rows; r++) h = StableHash.Mix(h ^ signature[b * Rows + r]);
            keys[b] = $"{b:D2}:{h:x16}";
        }
        return keys;
    }
}
