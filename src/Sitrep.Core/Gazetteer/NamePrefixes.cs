namespace Sitrep.Gazetteer;

/// <summary>
/// The word prefixes of the gazetteer's folded names ("new" and "new south" of "new south wales"), kept as a set of
/// hash bits: whether a window of words can still grow into a name, so place recognition walks the names like a
/// trie and stops as soon as no name goes on. A hash collision only answers "maybe" (the window grows by a word and
/// its look-up finds nothing), so an answer "no" is always right and the result never depends on the bits.
/// </summary>
internal sealed class NamePrefixes
{
    private const int Bits = 23; // 8 M bits, 1 MB: a few hundred thousand prefixes leave almost every bit clear
    private const uint FnvBasis = 2166136261u;
    private readonly ulong[] _bits = new ulong[1 << (Bits - 6)];

    /// <summary>Adds the proper word prefixes of a folded name: its text before each space.</summary>
    public void AddPrefixesOf(ReadOnlySpan<char> name)
    {
        var h = FnvBasis;
        foreach (var c in name)
        {
            if (c == ' ') Add(h);
            h = Step(h, c);
        }
    }

    /// <summary>Adds the prefix whose <see cref="Hash"/> this is.</summary>
    public void Add(uint hash)
    {
        var i = Index(hash);
        _bits[i >> 6] |= 1UL << (i & 63);
    }

    /// <summary>Whether some name may start with <paramref name="key"/> followed by a space.</summary>
    public bool MayStart(ReadOnlySpan<char> key)
    {
        var i = Index(Hash(key));
        return (_bits[i >> 6] & (1UL << (i & 63))) != 0;
    }

    /// <summary>FNV-1a over the characters, the hash whose steps <see cref="AddPrefixesOf"/> takes.</summary>
    public static uint Hash(ReadOnlySpan<char> s)
    {
        var h = FnvBasis;
        foreach (var c in s) h = Step(h, c);
        return h;
    }

    public static uint Start => FnvBasis;

    public static uint Step(uint h, char c) => (h ^ c) * 16777619u;

    private static int Index(uint h) => (int)((h * 0x9E3779B1u) >> (32 - Bits));
}
