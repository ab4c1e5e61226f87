namespace Sitrep.Annotation.Numbers;

/// <summary>
/// The words a match can start with, gathered from several lexicons: one look-up tells the recognizer that a
/// word (most words of a text) cannot start anything, before it tries each lexicon in turn. Before the look-up, a
/// table of the first two letters of the listed words (ignoring case) turns most other words away at once.
/// </summary>
internal sealed class StartWords
{
    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _spans;
    // upper-cased ASCII first letter (one-letter words), and first two letters (longer words), of the listed words
    private readonly bool[] _singles = new bool[128];
    private readonly bool[] _pairs = new bool[128 * 128];

    public StartWords(params IEnumerable<string>[] sources)
    {
        foreach (var source in sources) _words.UnionWith(source);
        _spans = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in _words)
        {
            if (word.Length == 0) continue;
            var u0 = char.ToUpperInvariant(word[0]);
            if (word.Length == 1)
            {
                if (u0 < 128) _singles[u0] = true;
                continue;
            }
            var u1 = char.ToUpperInvariant(word[1]);
            // a word whose first letters are not ASCII in upper case can only equal a text word whose letters are not
            // ASCII either, and those always go to the look-up
            if (u0 < 128 && u1 < 128) _pairs[u0 * 128 + u1] = true;
        }
    }

    /// <summary>Whether piece <paramref name="i"/> may start a match: any number or punctuation, or a listed word.</summary>
    public bool MayStart(string text, List<Piece> pieces, int i)
    {
        if (pieces[i].Kind != TokenKind.Word) return true;
        var word = pieces[i].Of(text);
        return MayBeListed(word) && _spans.Contains(word);
    }

    /// <summary>False when no listed word can equal <paramref name="word"/> ignoring case, by its first two characters.</summary>
    private bool MayBeListed(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word[0] >= 128) return true;
        var u0 = char.ToUpperInvariant(word[0]);
        if (word.Length == 1) return _singles[u0];
        if (word[1] >= 128) return true;
        return _pairs[u0 * 128 + char.ToUpperInvariant(word[1])];
    }
}
