namespace Sitrep.Annotation.Numbers;

/// <summary>
/// The words a match can start with, gathered from several lexicons: one look-up tells the recognizer that a
/// word (most words of a text) cannot start anything, before it tries each lexicon in turn.
/// </summary>
internal sealed class StartWords
{
    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _spans;

    public StartWords(params IEnumerable<string>[] sources)
    {
        foreach (var source in sources) _words.UnionWith(source);
        _spans = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether piece <paramref name="i"/> may start a match: any number or punctuation, or a listed word.</summary>
    public bool MayStart(string text, List<Piece> pieces, int i) =>
        pieces[i].Kind != TokenKind.Word || _spans.Contains(pieces[i].Of(text));
}
