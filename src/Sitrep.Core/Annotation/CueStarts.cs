using Sitrep.Lexicons;

namespace Sitrep.Annotation;

/// <summary>
/// For a set of cue lexicons, the lexicons each word can start a phrase of, one bit per lexicon: one dictionary
/// look-up per word of a text replaces one per word and lexicon. Made from the lexicons' first words; stale (and
/// made again by the annotator) as soon as a phrase is added to one of them.
/// </summary>
internal sealed class CueStarts
{
    private readonly IReadOnlyList<ICueMatcher> _matchers;
    private readonly int[] _counts;
    private readonly Dictionary<string, int> _bits = new(StringComparer.Ordinal);

    public CueStarts(IReadOnlyList<ICueMatcher> matchers)
    {
        if (matchers.Count > 31) throw new ArgumentException("at most 31 lexicons", nameof(matchers));
        _matchers = matchers;
        _counts = matchers.Select(m => m.Count).ToArray();
        for (var k = 0; k < matchers.Count; k++)
            foreach (var key in matchers[k].FirstKeys)
                _bits[key] = _bits.GetValueOrDefault(key) | (1 << k);
    }

    /// <summary>No phrase was added to any of the lexicons since this was made.</summary>
    public bool IsCurrent
    {
        get
        {
            for (var k = 0; k < _counts.Length; k++) if (_matchers[k].Count != _counts[k]) return false;
            return true;
        }
    }

    /// <summary>Fills <paramref name="starts"/>[i] with the bits of the lexicons word i can start a phrase of.</summary>
    public void Mark(List<Word> words, int[] starts)
    {
        for (var i = 0; i < words.Count; i++) starts[i] = _bits.TryGetValue(words[i].Key, out var bits) ? bits : 0;
    }
}
