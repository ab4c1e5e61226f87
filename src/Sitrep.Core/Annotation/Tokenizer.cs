namespace Sitrep.Annotation;

/// <summary>
/// Splits text into words (letters, with inner apostrophes, hyphens and periods of abbreviations kept),
/// numbers (digits with inner separators: 1,200 / 3.5 / 9:00) and single punctuation characters.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        // about one token per five characters of running text: sized once instead of grown by doubling
        var tokens = new List<Token>(Math.Max(16, (end - start) / 5));
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var s = i;
            if (char.IsDigit(c))
            {
                i++;
                while (i < end && (char.IsDigit(text[i]) ||
                       ((text[i] is ',' or '.' or ':') && i + 1 < end && char.IsDigit(text[i + 1]) && char.IsDigit(text[i - 1]))))
                    i++;
                tokens.Add(new Token(s, i, TokenKind.Number));
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < end && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark ||
                       (IsInnerJoiner(text[i]) && i + 1 < end && char.IsLetter(text[i + 1]))))
                    i++;
                tokens.Add(new Token(s, i, TokenKind.Word));
            }
            else
            {
                i++;
                tokens.Add(new Token(s, i, TokenKind.Punctuation));
            }
        }
        return tokens;
    }

    /// <summary>Characters that join letters into one word: apostrophes (Da'ish, al-Qa'ida) and hyphens (al-Zahraa).</summary>
    public static bool IsInnerJoiner(char c) => c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011';
}
