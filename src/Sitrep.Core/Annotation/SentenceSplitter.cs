using Sitrep.Lexicons;

namespace Sitrep.Annotation;

/// <summary>
/// Splits cleaned text into sentences: at line breaks, and after '.', '!' or '?' (with closing quotes or a note's
/// superscript number) followed by
/// a space and an upper-case letter, digit or opening quote, unless the period ends a known abbreviation
/// (data/lexicons/abbreviations.tsv: Gov., Gen., Jan., U.S.) or a single initial; an abbreviation that may end a sentence (p.m., U.S.) does end one
/// before a word that opens a sentence ("at 4:30 p.m. The building ...").
/// </summary>
public static class SentenceSplitter
{
    /// <summary>The words of data/lexicons/abbreviations.tsv, by kind.</summary>
    private sealed class Lexicon
    {
        /// <summary>Abbreviations after which a period ends no sentence (kinds <c>abbreviation</c> and <c>final</c>).</summary>
        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations { get; }
        /// <summary>Abbreviations of a figure's qualifier ("approx.", "ca.", "No."): a period after one ends no sentence before a digit.</summary>
        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FigureAbbreviations { get; }
        /// <summary>Abbreviations that may also end a sentence ("at 4:30 p.m.", "in the U.S."), unlike titles ("Gen.").</summary>
        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FinalAbbreviations { get; }
        /// <summary>Words that open a sentence and never go on a phrase such as "4:30 p.m. Monday" or "U.S. Army".</summary>
        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers { get; }

        private Lexicon(HashSet<string> abbreviations, HashSet<string> figures, HashSet<string> finals, HashSet<string> openers)
        {
            Abbreviations = abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
            FigureAbbreviations = figures.GetAlternateLookup<ReadOnlySpan<char>>();
            FinalAbbreviations = finals.GetAlternateLookup<ReadOnlySpan<char>>();
            Openers = openers.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public static Lexicon Load(string path)
        {
            HashSet<string> abbreviations = new(StringComparer.OrdinalIgnoreCase), figures = new(StringComparer.OrdinalIgnoreCase),
                finals = new(StringComparer.OrdinalIgnoreCase), openers = new(StringComparer.Ordinal);
            foreach (var (line, f) in TsvFile.Read(path, 2))
            {
                switch (f[0])
                {
                    case "abbreviation": abbreviations.Add(f[1]); break;
                    case "final": finals.Add(f[1]); abbreviations.Add(f[1]); break;
                    case "figure": figures.Add(f[1]); break;
                    case "opener": openers.Add(f[1]); break;
                    default: throw new InvalidDataException($"{path}:{line}: unknown kind '{f[0]}'");
                }
            }
            return new Lexicon(abbreviations, figures, finals, openers);
        }
    }

    private static readonly Lazy<Lexicon> LazyKnown = new(() => Lexicon.Load(DataFiles.PathOf("lexicons", "abbreviations.tsv")));

    private static Lexicon Known => LazyKnown.Value;

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
                // closing quotes and brackets, and a note's superscript number ("... the noon prayer.² Gunmen ...")
                while (j < text.Length && (text[j] is '"' or '\u201D' or '\'' or '\u2019' or ')' or '.' or '!' or '?' || IsNoteMark(text[j]))) j++;
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

    /// <summary>A superscript digit, as a note's number is written after a sentence: '¹', '²', '³', '⁰' and '⁴' to '⁹'.</summary>
    private static bool IsNoteMark(char c) => c is '\u00B9' or '\u00B2' or '\u00B3' or '\u2070' or (>= '\u2074' and <= '\u2079');

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u2018' or '\'' or '(' or '[' or '\u2013' or '-';

    /// <summary>The period ends an abbreviation that may end a sentence ("p.m.", "U.S.").</summary>
    private static bool EndsFinalAbbreviation(string text, int period)
    {
        var s = period;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.')) s--;
        return Known.FinalAbbreviations.Contains(text.AsSpan(s, period - s));
    }

    /// <summary>The period ends an abbreviation of a figure's qualifier ("approx.", "ca."): kind <c>figure</c> of abbreviations.tsv.</summary>
    private static bool EndsFigureAbbreviation(string text, int period)
    {
        var s = period;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        return Known.FigureAbbreviations.Contains(text.AsSpan(s, period - s));
    }

    /// <summary>The word at <paramref name="k"/> opens a sentence: "... 4:30 p.m. The building was ...".</summary>
    private static bool OpensSentence(string text, int k)
    {
        var e = k;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        return e < text.Length && text[e] == ' ' && Known.Openers.Contains(text.AsSpan(k, e - k));
    }

    private static bool EndsAbbreviation(string text, int period)
    {
        var s = period;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.')) s--;
        var word = text.AsSpan(s, period - s);
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "John F. Kennedy"
        return Known.Abbreviations.Contains(word);
    }
}
