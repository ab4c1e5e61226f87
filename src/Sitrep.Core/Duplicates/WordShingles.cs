namespace Sitrep.Duplicates;

/// <summary>
/// The word shingles of a text: every run of <see cref="Width"/> consecutive words (letters and digits, lower-cased;
/// punctuation and spacing ignored), each hashed to 64 bits. Two texts that differ only in layout, case or
/// punctuation have the same shingles.
/// </summary>
public static class WordShingles
{
    public const int Width = 5;

    public static HashSet<ulong> Of(string text)
    {
        var words = Words(text);
        var shingles = new HashSet<ulong>();
        for (var i = 0; i + Width <= words.Count; i++)
        {
            var h = 0xcbf29ce484222325UL;
            for (var j = i; j < i + Width; j++) h = StableHash.Mix(h ^ words[j]);
            shingles.Add(h);
        }
        return shingles;
    }

    /// <summary>|A ∩ B| / |A ∪ B|, 0 when both are empty.</summary>
    public static double Jaccard(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 && b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>The hashes of the words of a text, in order.</summary>
    private static List<ulong> Words(string text)
    {
        var words = new List<ulong>();
        var h = StableHash.Seed;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                h = StableHash.Add(h, char.ToLowerInvariant(c));
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(StableHash.Mix(h));
                h = StableHash.Seed;
                inWord = false;
            }
        }
        if (inWord) words.Add(StableHash.Mix(h));
        return words;
    }
}
