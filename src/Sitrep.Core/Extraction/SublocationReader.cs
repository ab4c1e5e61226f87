using System.Text.RegularExpressions;
using Sitrep.Annotation;
using Sitrep.Lexicons;

namespace Sitrep.Extraction;

/// <summary>
/// Finds the place within the place, as written: "al-Zahraa neighbourhood", "Arzuna bridge", "Al-Sabura road". The words
/// are data (function_words.tsv kinds sublocation_noun, sublocation_article, sublocation_stop); the pattern is built once.
/// </summary>
public static class SublocationReader
{
    private static readonly Lazy<Regex> LazyPattern = new(() => Build(FunctionWords.Default));
    private static readonly Lazy<IReadOnlySet<string>> LazyStops = new(() => FunctionWords.Default.Of(FunctionWords.SublocationStop));

    private static Regex Pattern() => LazyPattern.Value;

    /// <summary>
    /// A name of one to three capitalised words, after an optional article (lower case or capitalised) and a hyphen or a
    /// space, then a sublocation noun: "al-Zahraa neighbourhood".
    /// </summary>
    private static Regex Build(FunctionWords words)
    {
        static string Alternation(IEnumerable<string> ws) =>
            string.Join("|", ws.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).Select(Regex.Escape));
        var articles = words.Of(FunctionWords.SublocationArticle);
        var cased = articles.Concat(articles.Select(Capitalised));
        return new Regex(@"\b((?:(?:" + Alternation(cased) + @")[-\s])?[A-Z][\p{L}'’]+(?:[-\s][A-Z][\p{L}'’]+){0,2})\s(" + Alternation(words.Of(FunctionWords.SublocationNoun)) + @")\b",
            RegexOptions.Compiled);
    }

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>
    /// The first place within the place the sentences write; <paramref name="elsewhere"/> (given the match's start and
    /// end) leaves out one that is not the scene, as a hospital the wounded were taken to ("died at the X hospital").
    /// </summary>
    public static string? Find(AnnotatedDocument doc, IEnumerable<Sentence> sentences, Func<int, int, bool>? elsewhere = null)
    {
        foreach (var s in sentences)
            for (var m = Pattern().Match(doc.Text, s.Start, s.End - s.Start); m.Success; m = m.NextMatch())
            {
                if (elsewhere is not null && elsewhere(m.Index, m.Index + m.Length)) continue;
                if (!IsStopWord(m.Groups[1].Value)) return m.Value;
                break;
            }
        return null;
    }

    /// <summary>A one-word "name" that is a capitalised sublocation_stop word: "The road", "Police station" name no place.</summary>
    private static bool IsStopWord(string name)
    {
        var lower = name.ToLowerInvariant();
        return LazyStops.Value.Contains(lower) && name == Capitalised(lower);
    }
}
