namespace Sitrep.Annotation;

/// <summary>
/// Splits cleaned text into sentences: at line breaks, and after '.', '!' or '?' (with closing quotes) followed by
/// a space and an upper-case letter, digit or opening quote, unless the period ends a known abbreviation
/// (Gov., Gen., Jan., U.S.) or a single initial; an abbreviation that may end a sentence (p.m., U.S.) does end one
/// before a word that opens a sentence ("at 4:30 p.m. The building ...").
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "gov", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pvt", "sen", "rep", "rev", "st", "ft", "mt",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "vs", "etc", "inc", "corp", "co", "ltd", "jr", "sr", "prof", "dept", "ave", "blvd", "rd", "hwy", "lt", "cmdr", "adm", "supt", "det", "ofc", "insp",
        "u.s", "u.n", "u.k", "a.m", "p.m", "e.g", "i.e", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md",
        "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "n.y", "n.j", "n.c", "s.c", "d.c",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationSpans = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Abbreviations of a figure's qualifier that go on before the figure or the time they qualify ("approx. 23:10",
    /// "ca. 300", "est. 40", "No. 4"), as a report's heading or log writes them; before a word they may end a sentence.
    /// </summary>
    private static readonly HashSet<string> FigureAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "approx", "appr", "ca", "est", "no", "nos", "nr", "abt",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FigureAbbreviationSpans = FigureAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Abbreviations that may also end a sentence ("at 4:30 p.m.", "in the U.S."), unlike titles ("Gen.").</summary>
    private static readonly HashSet<string> FinalAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "a.m", "p.m", "u.s", "u.n", "u.k", "etc", "inc", "corp", "co", "ltd", "jr", "sr",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FinalAbbreviationSpans = FinalAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that open a sentence and never go on a phrase such as "4:30 p.m. Monday" or "U.S. Army".</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "His", "Her", "Its", "Their", "This", "That", "These", "Those",
        "There", "But", "And", "When", "After", "Before", "While", "As", "If", "No", "Police", "Officials", "Witnesses",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerSpans = Openers.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var start = 0;
        var i = 0;
        void Add(int end)
        {
            var s = start;
            while (s < end && char.IsWhiteSpace(text[s])) s++;
            var e = end;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) sentences.Add(new Sentence(sentences.Count, s, e, paragraph));
        }
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(i);
                if (sentences.Count > 0 && sentences[^1].Paragraph == paragraph) paragraph++;
                start = i + 1;
                i++;
                continue;
            }
            if (c is '.' or '!' or '?')
            {
                var j = i + 1;
                while (j < text.Length && (text[j] is '"' or '\u201D' or '\'' or '\u2019' or ')' or '.' or '!' or '?')) j++;
                if (j < text.Length && text[j] == ' ')
                {
                    var k = j;
                    while (k < text.Length && text[k] == ' ') k++;
                    if (k < text.Length && StartsSentence(text[k]) && !(c == '.' && EndsAbbreviation(text, i) && !(EndsFinalAbbreviation(text, i) && OpensSentence(text, k)))
                        && !(c == '.' && char.IsDigit(text[k]) && EndsFigureAbbreviation(text, i)))
                    {
                        Add(j);
                        start = k;
                        i = k;
                        continue;
                    }
                }
            }
            i++;
        }
        Add(text.Length);
        return sentences;
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u2018' or '\'' or '(' or '[' or '\u2013' or '-';

    /// <summary>The period ends an abbreviation that may end a sentence ("p.m.", "U.S.").</summary>
    private static bool EndsFinalAbbreviation(string text, int period)
    {
        var s = period;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.')) s--;
        return FinalAbbreviationSpans.Contains(text.AsSpan(s, period - s));
    }

    /// <summary>The period ends an abbreviation of a figure's qualifier ("approx.", "ca."): see <see cref="FigureAbbreviations"/>.</summary>
    private static bool EndsFigureAbbreviation(string text, int period)
    {
        var s = period;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        return FigureAbbreviationSpans.Contains(text.AsSpan(s, period - s));
    }

    /// <summary>The word at <paramref name="k"/> opens a sentence: "... 4:30 p.m. The building was ...".</summary>
    private static bool OpensSentence(string text, int k)
    {
        var e = k;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        return e < text.Length && text[e] == ' ' && OpenerSpans.Contains(text.AsSpan(k, e - k));
    }

    private static bool EndsAbbreviation(string text, int period)
    {
        var s = period;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.')) s--;
        var word = text.AsSpan(s, period - s);
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "John F. Kennedy"
        return AbbreviationSpans.Contains(word);
    }
}
