namespace Sitrep.Duplicates;

/// <summary>
/// Locality-sensitive hashing of a MinHash fingerprint: <see cref="Bands"/> bands of <see cref="Rows"/> values, each
/// band one index key ("07:3fa9..."). Two texts share a key with probability 1 - (1 - J^4)^32 for Jaccard similarity J:
/// 0.99 at J = 0.6, 0.87 at 0.5, 0.23 at 0.3. Looking up an article's keys finds its near-duplicates without a scan.
/// </summary>
public static class LshBands
{
    public const int Bands = 32;
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
