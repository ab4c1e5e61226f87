using Sitrep.Annotation;
using Sitrep.Annotation.Dates;
using Sitrep.Lexicons;

namespace Sitrep.Extraction;

/// <summary>
/// Reads the streets an incident is told on ("the 900 block of North Elm Street", "at Oak Ave. and 5th Street") as
/// keys of their names ("elm", "oak"): the street words (data/lexicons/numbers.tsv, kind street) and the directions of
/// data/lexicons/streets.tsv are left out, so
/// "North Elm Street" and "Elm St." give one key. Two reports of one city and day on different streets are two incidents.
/// </summary>
public sealed class StreetReader
{
    private const int MaxNameWords = 3;
    private static readonly Lazy<StreetReader> LazyDefault = new(() => Load(DataFiles.PathOf("lexicons", "numbers.tsv"), DataFiles.PathOf("lexicons", "streets.tsv")));
    private readonly HashSet<string> _suffixes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _directions = new(StringComparer.Ordinal);

    public static StreetReader Default => LazyDefault.Value;

    public static StreetReader Load(string numbersPath, string streetsPath)
    {
        var reader = new StreetReader();
        foreach (var (_, f) in TsvFile.Read(numbersPath, 2))
            if (f[0] == "street") reader._suffixes.Add(f[1].ToLowerInvariant());
        foreach (var (line, f) in TsvFile.Read(streetsPath, 2))
        {
            if (f[0] != "direction") throw new InvalidDataException($"{streetsPath}:{line}: unknown kind '{f[0]}' (direction)");
            reader._directions.Add(f[1]);
        }
        return reader;
    }

    /// <summary>The street keys of the given sentences, in order of first mention.</summary>
    public IReadOnlyList<string> Read(AnnotatedDocument doc, IEnumerable<Sentence> sentences)
    {
        var keys = new List<string>();
        if (doc.AllCaps) return keys; // every word capitalised: names cannot be told from words
        foreach (var s in sentences)
        {
            var first = doc.WordAt(s.Start);
            var last = doc.WordAt(s.End) - 1;
            // a sentence written in capitals in a page that is not (a script's lines read on air, a banner): its names
            // cannot be told from its words either ("CHECKPOINTS ON THE X HIGHWAY", "A SHOT FROM HALF COURT")
            if (MostlyCapitals(doc, first, last)) continue;
            for (var w = first + 1; w <= last; w++)
            {
                if (!_suffixes.Contains(doc.Words[w].Key) || !IsCapitalised(doc, w)) continue;
                var name = new List<string>();
                for (var n = w - 1; n > first && n >= w - MaxNameWords && IsCapitalised(doc, n) && !_suffixes.Contains(doc.Words[n].Key); n--)
                    name.Insert(0, doc.Words[n].Key);
                // "5th Street": an ordinal names the street too
                if (name.Count == 0 && OrdinalBefore(doc.Text, doc.Words[w].Start, s.Start) is { } ordinal) name.Add(ordinal);
                name.RemoveAll(_directions.Contains);
                if (name.Count == 0) continue;
                var key = string.Join(' ', name);
                if (!keys.Contains(key)) keys.Add(key);
            }
        }
        return keys;
    }

    /// <summary>
    /// A capitalised street word stands within <see cref="MaxNameWords"/> words after word <paramref name="last"/>, in its
    /// sentence, with only capitalised words between: the word is part of a street's name ("Parliament Street", "Market
    /// Place", "Old Church Road"); a word <paramref name="breaks"/> tells apart ends the name (a headline written in capitals: "Shooting At Hotel Near X Place").
    /// </summary>
    public bool EndsNameAfter(AnnotatedDocument doc, int last, Func<string, bool>? breaks = null)
    {
        var sentenceEnd = doc.SentenceAt(doc.Words[last].Start).End;
        for (var w = last + 1; w < doc.Words.Count && w <= last + MaxNameWords && doc.Words[w].Start < sentenceEnd; w++)
        {
            if (!IsCapitalised(doc, w) || breaks?.Invoke(doc.Words[w].Key) == true) return false;
            if (_suffixes.Contains(doc.Words[w].Key)) return true;
        }
        return false;
    }

    /// <summary>"5th", "103rd" (dates.tsv kind ordinal) right before a street word (numbers are not words to the annotator).</summary>
    private static string? OrdinalBefore(string text, int at, int sentenceStart)
    {
        var end = at;
        while (end > sentenceStart && text[end - 1] == ' ') end--;
        var start = end;
        while (start > sentenceStart && char.IsLetterOrDigit(text[start - 1])) start--;
        if (end - start < 3 || !char.IsDigit(text[start])) return null;
        var ordinal = text[start..end].ToLowerInvariant();
        return DateLexicon.Default.OrdinalSuffixes.Any(s => ordinal.EndsWith(s, StringComparison.Ordinal)) ? ordinal : null;
    }

    /// <summary>More than half of the words of the sentence that have two letters or more are written in capitals only.</summary>
    private static bool MostlyCapitals(AnnotatedDocument doc, int first, int last)
    {
        int lettered = 0, capitals = 0;
        for (var w = first; w <= last; w++)
        {
            var word = doc.Text.AsSpan(doc.Words[w].Start, doc.Words[w].End - doc.Words[w].Start);
            var letters = 0;
            var upper = true;
            foreach (var c in word)
                if (char.IsLetter(c)) { letters++; upper &= char.IsUpper(c); }
            if (letters < 2) continue;
            lettered++;
            if (upper) capitals++;
        }
        return lettered > 0 && capitals * 2 > lettered;
    }

    private static bool IsCapitalised(AnnotatedDocument doc, int word) => char.IsUpper(doc.Text[doc.Words[word].Start]);
}
