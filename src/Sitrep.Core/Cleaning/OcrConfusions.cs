namespace Sitrep.Cleaning;

/// <summary>
/// Sets right the characters a scan's text recognition confuses, a character for a character, so every offset stays
/// where it was: a number with letters for digits ("2O19", "l4", "5O,OOO": O and o for 0, l and I for 1) and a word with
/// digits for letters ("ki11ed", "hea1th", "0fficers": 1 for l, 0 for o). Conservative: a token is only changed whole,
/// and only when no real word, number or code is written so.
/// </summary>
/// <remarks>
/// A number: only digits, the four look-alike letters and group marks between them, with at least one real digit and
/// one look-alike, and either two real digits or more ("2O19", "O88"), or a lower-case l before digits ("l4", never a
/// word), or the shape of a grouped number ("5O,OOO"). "O2", "I5", "IO", "lO" and "2O" stay as written.
/// A word: letters with runs of 1 or 0 between two lower-case letters ("vi11age", "b1amed"), or a 0 before them at its
/// start ("0fficers"), with at least <see cref="MinWordLetters"/> lower-case letters and no other digit and no capital
/// after its first letter; "h1n1", "A10", "win10", "MI6" and "3rd" stay as written.
/// </remarks>
public static class OcrConfusions
{
    /// <summary>Fewest lower-case letters of a word whose 1s and 0s are read as letters.</summary>
    public const int MinWordLetters = 3;

    /// <summary>The text with its confused tokens set right; the same string when none is.</summary>
    public static string Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        char[]? repaired = null;
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var end = i;
            // a token: letters and digits, with a group mark only between two of them ("5O,OOO", "1.2OO")
            while (end < text.Length && (char.IsLetterOrDigit(text[end])
                                         || text[end] is ',' or '.' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]) && end > i))
                end++;
            var token = text.AsSpan(i, end - i);
            var set = SetNumber(token) ?? SetWord(token);
            if (set is not null)
            {
                repaired ??= text.ToCharArray();
                set.CopyTo(repaired, i);
            }
            i = end;
        }
        return repaired is null ? text : new string(repaired);
    }

    private static bool LooksLikeOne(char c) => c is 'l' or 'I';

    private static bool LooksLikeZero(char c) => c is 'O' or 'o';

    /// <summary>The token as the number it was, or null (see the remarks).</summary>
    private static char[]? SetNumber(ReadOnlySpan<char> token)
    {
        int digits = 0, lookalikes = 0;
        foreach (var c in token)
        {
            if (char.IsAsciiDigit(c)) digits++;
            else if (LooksLikeOne(c) || LooksLikeZero(c)) lookalikes++;
            else if (c is not (',' or '.')) return null;
        }
        if (digits == 0 || lookalikes == 0) return null;
        var set = new char[token.Length];
        for (var k = 0; k < token.Length; k++)
            set[k] = LooksLikeOne(token[k]) ? '1' : LooksLikeZero(token[k]) ? '0' : token[k];
        var groups = set.AsSpan().IndexOfAny(',', '.') > 0 && GroupedNumber(set);
        if (!groups && token.IndexOfAny(',', '.') >= 0) return null;
        var lowerL = token[0] == 'l' && token[1..].IndexOfAnyExceptInRange('0', '9') < 0;
        return digits >= 2 || lowerL || groups ? set : null;
    }

    /// <summary>Digits in groups of three after the first, as a large number is written ("50,000", "1.200.000").</summary>
    private static bool GroupedNumber(ReadOnlySpan<char> number)
    {
        var first = number.IndexOfAny(',', '.');
        if (first is < 1 or > 3 || number[..first].IndexOfAnyExceptInRange('0', '9') >= 0) return false;
        for (var k = first; k < number.Length; k += 4)
        {
            if (number[k] != number[first] || k + 4 > number.Length) return false;
            if (number.Slice(k + 1, 3).IndexOfAnyExceptInRange('0', '9') >= 0) return false;
        }
        return true;
    }

    /// <summary>The token as the word it was, or null (see the remarks).</summary>
    private static char[]? SetWord(ReadOnlySpan<char> token)
    {
        var lower = 0;
        var confused = false;
        for (var k = 0; k < token.Length; k++)
        {
            var c = token[k];
            if (char.IsLower(c)) lower++;
            else if (c is '1' or '0') confused = true;
            else if (!(k == 0 && char.IsUpper(c))) return null;
        }
        if (!confused || lower < MinWordLetters) return null;
        var set = token.ToArray();
        for (var k = 0; k < token.Length;)
        {
            if (token[k] is not ('1' or '0')) { k++; continue; }
            var run = k;
            while (run < token.Length && token[run] is '1' or '0') run++;
            var before = k > 0 && char.IsLower(token[k - 1]);
            var after = run < token.Length && char.IsLower(token[run]);
            if (k == 0 && run == 1 && token[0] == '0' && after) set[0] = 'O';
            else if (before && after)
                for (var d = k; d < run; d++) set[d] = token[d] == '1' ? 'l' : 'o';
            else return null;
            k = run;
        }
        return set;
    }
}
