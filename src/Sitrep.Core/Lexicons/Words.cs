using Sitrep.Annotation;

namespace Sitrep.Lexicons;

/// <summary>Turns text into the normalised words that phrase lexicons are matched against.</summary>
public static class Words
{
    public static List<Word> Of(string text, int start = 0, int end = -1) => Of(text, Tokenizer.Tokenize(text, start, end));

    /// <summary>The words of already tokenised text (the tokens of <see cref="Tokenizer.Tokenize"/> over it).</summary>
    internal static List<Word> Of(string text, List<Token> tokens)
    {
        var words = new List<Word>(tokens.Count + (tokens.Count >> 4) + 4);
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                words.Add(new Word(StringPool.Get(text.AsSpan(token.Start, token.Length)), token.Start, token.End));
                continue;
            }
            var s = token.Start;
            for (var i = token.Start; i <= token.End; i++)
            {
                if (i == token.End || text[i] is '-' or '\u2010' or '\u2011')
                {
                    // a name's possessive is a word of its own: "the Islamic State's affiliate" holds the name "Islamic
                    // State" (a common noun keeps it: "a child's parent" names no child as the one hurt)
                    var owner = i == token.End && i - s > 3 && char.IsUpper(text[s]) && text[i - 1] is 's' or 'S' && text[i - 2] is '\'' or '\u2019' ? i - 2 : i;
                    if (owner > s) words.Add(new Word(Key(text.AsSpan(s, owner - s)), s, owner));
                    if (owner < i) words.Add(new Word(Key(text.AsSpan(owner, i - owner)), owner, i));
                    s = i + 1;
                }
            }
        }
        return words;
    }

    /// <summary>The key of one word: lower case, typographic apostrophes made plain, accents kept.</summary>
    public static string Normalize(ReadOnlySpan<char> word) => Key(word);

    /// <summary><see cref="Normalize"/>, pooled: a key seen before on this thread costs no allocation.</summary>
    private static string Key(ReadOnlySpan<char> word)
    {
        if (word.Length > StringPool.MaxLength)
            return string.Create(word.Length, word, static (key, w) => { for (var i = 0; i < w.Length; i++) key[i] = KeyChar(w[i]); });
        Span<char> buffer = stackalloc char[StringPool.MaxLength];
        var h = StringPool.Start;
        for (var i = 0; i < word.Length; i++)
        {
            var c = KeyChar(word[i]);
            buffer[i] = c;
            h = StringPool.Step(h, c);
        }
        return StringPool.Get(buffer[..word.Length], h);
    }

    private static char KeyChar(char c) => c is '\u2019' or '\u2018' or '`' ? '\'' : char.ToLowerInvariant(c);

    /// <summary>The keys of a phrase as written in a lexicon file.</summary>
    public static string[] Keys(string phrase) => Of(phrase).Select(w => w.Key).ToArray();
}
