using System.Text;
using Sitrep.Annotation;

namespace Sitrep.Lexicons;

/// <summary>Turns text into the normalised words that phrase lexicons are matched against.</summary>
public static class Words
{
    public static List<Word> Of(string text, int start = 0, int end = -1)
    {
        var words = new List<Word>();
        foreach (var token in Tokenizer.Tokenize(text, start, end))
        {
            if (token.Kind != TokenKind.Word)
            {
                words.Add(new Word(text.Substring(token.Start, token.Length), token.Start, token.End));
                continue;
            }
            var s = token.Start;
            for (var i = token.Start; i <= token.End; i++)
            {
                if (i == token.End || text[i] is '-' or '\u2010' or '\u2011')
                {
                    if (i > s) words.Add(new Word(Normalize(text.AsSpan(s, i - s)), s, i));
                    s = i + 1;
                }
            }
        }
        return words;
    }

    /// <summary>The key of one word: lower case, typographic apostrophes made plain, accents kept.</summary>
    public static string Normalize(ReadOnlySpan<char> word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word) sb.Append(c is '\u2019' or '\u2018' or '`' ? '\'' : char.ToLowerInvariant(c));
        return sb.ToString();
    }

    /// <summary>The keys of a phrase as written in a lexicon file.</summary>
    public static string[] Keys(string phrase) => Of(phrase).Select(w => w.Key).ToArray();
}
