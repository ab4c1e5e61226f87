namespace Sitrep.Lexicons;

/// <summary>A match of a lexicon phrase: word indexes [First, Last] and the character span they cover.</summary>
public readonly record struct PhraseMatch<T>(int First, int Last, int Start, int End, T Value);

/// <summary>
/// Finds lexicon phrases in a sequence of normalised words with a trie: one pass, longest match at each
/// position, matches not overlapping (leftmost-longest).
/// </summary>
public sealed class PhraseMatcher<T> : ICueMatcher
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public bool HasValue;
        public T Value = default!;
    }

    private readonly Node _root = new();

    public int Count { get; private set; }

    /// <summary>
    /// When set, a longer phrase that starts inside a match and runs past its end wins over it: "Colombian Army of
    /// National Liberation" is the rebel army, not "Colombian army" (the actor catalogue). Unset, the earliest start wins.
    /// </summary>
    public bool LongerOverlapWins { get; init; }

    /// <summary>The words phrases start with: a match can only begin at one of them.</summary>
    public IEnumerable<string> FirstKeys => _root.Next?.Keys ?? Enumerable.Empty<string>();

    /// <summary>Adds a phrase; a phrase added twice keeps its first value.</summary>
    public void Add(string phrase, T value)
    {
        var keys = Words.Keys(phrase);
        if (keys.Length == 0) throw new ArgumentException($"empty phrase '{phrase}'", nameof(phrase));
        var node = _root;
        foreach (var key in keys)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(key, out var next)) node.Next[key] = next = new Node();
            node = next;
        }
        if (node.HasValue) return;
        node.HasValue = true;
        node.Value = value;
        Count++;
    }

    /// <summary>
    /// When set, a quotation mark inside a phrase is passed over: "claimed the \"two attacks\"" holds the phrase "claimed
    /// the two attacks". A phrase never starts or ends on one.
    /// </summary>
    public bool PassesQuotes { get; init; }

    /// <summary>
    /// The word of a phrase that stands for one or two describing words (<see cref="MaxDescribing"/>): "claimed the two *
    /// attacks" holds "claimed the two deadly attacks" and "claimed the two blessed operations". A describing word is a
    /// word of lower-case letters, or of such letters joined by hyphens ("twenty-five", "so-called"); the phrase's other
    /// words are matched as they are.
    /// </summary>
    public const string Describing = "*";

    /// <summary>Most words that <see cref="Describing"/> stands for.</summary>
    public const int MaxDescribing = 2;

    /// <summary>The longest phrase starting at word <paramref name="first"/>, if any.</summary>
    public PhraseMatch<T>? MatchAt(IReadOnlyList<Word> words, int first)
    {
        PhraseMatch<T>? best = null;
        Walk(words, first, _root, first, ref best);
        return best;
    }

    /// <summary>Follows the trie from <paramref name="node"/> at word <paramref name="i"/>, keeping the match that ends last in <paramref name="best"/>.</summary>
    private void Walk(IReadOnlyList<Word> words, int first, Node node, int i, ref PhraseMatch<T>? best)
    {
        for (; i < words.Count; i++)
        {
            if (node.Next is null) return;
            if (i > first && node.Next.TryGetValue(Describing, out var describing))
                for (var k = 1; k <= MaxDescribing && i + k - 1 < words.Count && IsDescribing(words[i + k - 1]); k++)
                    Walk(words, first, describing, i + k, ref best);
            if (!node.Next.TryGetValue(words[i].Key, out var next))
            {
                if (PassesQuotes && i > first && IsQuote(words[i].Key)) continue;
                return;
            }
            node = next;
            if (node.HasValue && (best is null || best.Value.Last < i)) best = new PhraseMatch<T>(first, i, words[first].Start, words[i].End, node.Value);
        }
    }

    private static bool IsDescribing(Word word) =>
        word.Key.Length > 0 && char.IsLower(word.Key[0]) && char.IsLower(word.Key[^1]) && word.Key.All(c => char.IsLower(c) || c == '-');

    private static bool IsQuote(string key) => key is "\"" or "\u201c" or "\u201d" or "'" or "\u00ab" or "\u00bb";

    /// <summary>All leftmost-longest, non-overlapping matches.</summary>
    public List<PhraseMatch<T>> Matches(IReadOnlyList<Word> words)
    {
        var found = new List<PhraseMatch<T>>();
        for (var i = 0; i < words.Count; i++)
        {
            if (MatchAt(words, i) is { } m)
            {
                if (LongerOverlapWins) m = Longest(words, m, null, 0);
                found.Add(m);
                i = m.Last;
            }
        }
        return found;
    }

    /// <summary>
    /// The cues of <see cref="Matches"/>, added to <paramref name="cues"/>, trying only the words whose
    /// <paramref name="starts"/> entry has <paramref name="bit"/> set: the caller marked the words that are a first
    /// word of this matcher (<see cref="FirstKeys"/>), so the words no phrase starts with cost nothing here.
    /// </summary>
    public void AddCues(List<Word> words, int[] starts, int bit, CueKind kind, List<Cue> cues)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if ((starts[i] & bit) == 0) continue;
            if (MatchAt(words, i) is { } m)
            {
                if (LongerOverlapWins) m = Longest(words, m, starts, bit);
                cues.Add(new Cue(kind, m.Start, m.End, m.Value!, m.First, m.Last));
                i = m.Last;
            }
        }
    }

    /// <summary>
    /// <paramref name="m"/>, or a phrase with more words that starts inside it and ends after it (and so on, for a
    /// chain of overlaps); <paramref name="starts"/>, when given, marks the words a phrase can start with.
    /// </summary>
    private PhraseMatch<T> Longest(IReadOnlyList<Word> words, PhraseMatch<T> m, int[]? starts, int bit)
    {
        for (var j = m.First + 1; j <= m.Last; j++)
        {
            if (starts is not null && (starts[j] & bit) == 0) continue;
            if (MatchAt(words, j) is { } other && other.Last > m.Last && other.Last - other.First > m.Last - m.First)
                m = other;
        }
        return m;
    }
}
