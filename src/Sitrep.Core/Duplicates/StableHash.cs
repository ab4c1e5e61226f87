namespace Sitrep.Duplicates;

/// <summary>
/// A 64-bit hash that is the same on every machine and run (FNV-1a over UTF-16 code units, finished with the
/// SplitMix64 mixer), unlike <see cref="string.GetHashCode()"/>. Fingerprints and index keys are stored, so they must not change.
/// </summary>
public static class StableHash
{
    public const ulong Seed = 0xcbf29ce484222325UL;
    private const ulong Prime = 0x100000001b3UL;

    public static ulong Add(ulong h, char c) => (h ^ c) * Prime;

    public static ulong Of(string s)
    {
        var h = Seed;
        foreach (var c in s) h = Add(h, c);
        return Mix(h);
    }

    /// <summary>SplitMix64's finaliser: spreads every input bit over the whole word.</summary>
    public static ulong Mix(ulong z)
    {
        z += 0x9e3779b97f4a7c15UL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }
}
