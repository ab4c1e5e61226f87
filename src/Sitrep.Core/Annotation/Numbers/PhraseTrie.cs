namespace Sitrep.Annotation.Numbers;

/// <summary>
/// Phrases of a lexicon, matched piece by piece against text without allocating: each piece of the text is
/// looked up as a span in a case-insensitive dictionary. Phrases are cut into pieces as the text is, so
/// "a.m." is four pieces and "year-old" three. An apostrophe in a phrase also matches a typographic one.
/// </summary>
internal sealed class PhraseTrie<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        /// <summary><see cref="Next"/> looked up by span, made once (getting it is a type check per call).</summary>
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Spans;
        public bool HasValue;
        public T Value = default!;
    }

    private readonly Node _root = new();

    public int Count { get; private set; }

    /// <summary>Adds a phrase; false when it was there already (the first value stays).</summary>
    public bool Add(string phrase, T value)
    {
        var pieces = Pieces.Of(phrase);
        if (pieces.Count == 0) throw new ArgumentException($"empty phrase '{phrase}'", nameof(phrase));
        var keys = pieces.Select(p => phrase.Substring(p.Start, p.Length)).ToArray();
        var added = AddKeys(_root, keys, 0, value);
        if (added) Count++;
        return added;
    }

    private static bool AddKeys(Node node, string[] keys, int index, T value)
    {
        if (index == keys.Length)
        {
            if (node.HasValue) return false;
            node.HasValue = true;
            node.Value = value;
            return true;
        }
        if (node.Next is null)
        {
            node.Next = new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            node.Spans = node.Next.GetAlternateLookup<ReadOnlySpan<char>>();
        }
        var key = keys[index];
        var added = AddKeys(Child(node, key), keys, index + 1, value);
        if (key.Contains('\'')) AddKeys(Child(node, key.Replace('\'', '\u2019')), keys, index + 1, value);
        return added;
    }

    private static Node Child(Node node, string key)
    {
        if (!node.Next!.TryGetValue(key, out var child)) node.Next[key] = child = new Node();
        return child;
    }

    /// <summary>The first words of the phrases (and their typographic-apostrophe variants).</summary>
    public IEnumerable<string> FirstKeys => _root.Next?.Keys ?? Enumerable.Empty<string>();

    /// <summary>The longest phrase starting at piece <paramref name="first"/>; <paramref name="next"/> is the piece after it.</summary>
    public bool TryMatch(string text, List<Piece> pieces, int first, out T value, out int next)
    {
        value = default!;
        next = first;
        var node = _root;
        var found = false;
        for (var k = first; k < pieces.Count && node.Next is not null; k++)
        {
            if (!node.Spans.TryGetValue(pieces[k].Of(text), out var child)) break;
            node = child;
            if (node.HasValue)
            {
                value = node.Value;
                next = k + 1;
                found = true;
            }
        }
        return found;
    }

    public bool Matches(string text, List<Piece> pieces, int first) => TryMatch(text, pieces, first, out _, out _);

    /// <summary>A phrase covering exactly the pieces [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public bool MatchesExactly(string text, List<Piece> pieces, int first, int end)
    {
        if (first < 0 || first >= end || end > pieces.Count) return false;
        var node = _root;
        for (var k = first; k < end; k++)
        {
            if (node.Next is null || !node.Spans.TryGetValue(pieces[k].Of(text), out var child)) return false;
            node = child;
        }
        return node.HasValue;
    }

    /// <summary>A phrase of up to <paramref name="longest"/> pieces that ends right before piece <paramref name="end"/>.</summary>
    public bool EndsAt(string text, List<Piece> pieces, int end, int longest = 3)
    {
        for (var first = end - 1; first >= 0 && first >= end - longest; first--)
            if (MatchesExactly(text, pieces, first, end)) return true;
        return false;
    }
}
