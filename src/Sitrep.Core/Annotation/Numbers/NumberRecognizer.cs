using Sitrep.Model;

namespace Sitrep.Annotation.Numbers;

/// <summary>
/// Finds quantities in text: digits ("1,200"), number words ("seventy-three", "a hundred and twenty"), fixed
/// phrases ("a dozen"), ranges ("between 30 and 40", "30-40"), vague quantities ("dozens of") and the qualifiers
/// around them ("at least 50", "50 or more", "40-plus"). Numbers that are not counts are skipped: years, clock
/// times, ages and other compound adjectives ("22-year-old"), ordinals, percentages, money, addresses, day
/// numbers of dates, numbers inside words ("G20", "F-16") and list markers.
/// One pass over the pieces of the text; the words are in data/lexicons/numbers.tsv.
/// </summary>
public sealed class NumberRecognizer
{
    private static readonly Lazy<NumberRecognizer> LazyDefault = new(() =>
        Load(DataFiles.PathOf("lexicons", "numbers.tsv"), DataFiles.PathOf("lexicons", "dates.tsv")));

    private readonly NumberLexicon _lexicon;

    private readonly StartWords _starts;

    private NumberRecognizer(NumberLexicon lexicon)
    {
        _lexicon = lexicon;
        _starts = new StartWords(lexicon.Before.FirstKeys, lexicon.Vague.FirstKeys, lexicon.RangeOpen.FirstKeys,
            lexicon.Phrases.FirstKeys, lexicon.Articles.FirstKeys, lexicon.Units.FirstKeys);
    }

    /// <summary>The recognizer of the data files beside the program (data/lexicons/numbers.tsv and dates.tsv).</summary>
    public static NumberRecognizer Default => LazyDefault.Value;

    /// <summary>A recognizer of the given numbers lexicon; month names are read from the dates lexicon, if given.</summary>
    public static NumberRecognizer Load(string numbersPath, string? datesPath = null) => new(NumberLexicon.Load(numbersPath, datesPath));

    internal NumberLexicon Lexicon => _lexicon;

    /// <summary>The unit words of the lexicon (numbers.tsv kind unit) and their values, one word at a time: "two" 2, "eleven" 11.</summary>
    public IReadOnlyDictionary<string, int> UnitWords => _lexicon.UnitWords;

    /// <summary>The ordinal words of the lexicon (numbers.tsv kind ordinal) and the place each names: "fourth" 4.</summary>
    public IReadOnlyDictionary<string, int> Ordinals => _lexicon.Ordinals;

    /// <summary>The quantities in text[start..end): sorted, not overlapping, offsets into <paramref name="text"/>.</summary>
    public IReadOnlyList<NumberMention> Recognize(string text, int start = 0, int end = -1)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (end < 0) end = text.Length;
        if (start < 0 || start > end || end > text.Length) throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {end}) is not inside a text of {text.Length} characters");
        return Recognize(text, Pieces.Of(text, start, end));
    }

    /// <summary>The quantities in the pieces of a text (see <see cref="Pieces"/>); the annotator cuts the pieces once for numbers and dates.</summary>
    internal IReadOnlyList<NumberMention> Recognize(string text, List<Piece> pieces)
    {
        List<NumberMention>? found = null;
        var i = 0;
        while (i < pieces.Count)
        {
            if (pieces[i].Kind == TokenKind.Punctuation || !_starts.MayStart(text, pieces, i))
            {
                i++;
                continue;
            }
            var next = TryAt(text, pieces, i, ref found);
            i = next > i ? next : i + 1;
        }
        return found is null ? [] : found;
    }

    /// <summary>Reads a quantity starting at piece <paramref name="i"/>; returns the piece after what it consumed (i if nothing).</summary>
    private int TryAt(string text, List<Piece> pieces, int i, ref List<NumberMention>? found)
    {
        var lx = _lexicon;
        var j = i;
        string? before = null;
        if (lx.Before.TryMatch(text, pieces, i, out var q, out var afterBefore))
        {
            before = q;
            j = afterBefore;
        }

        if (lx.Vague.TryMatch(text, pieces, j, out _, out var afterVague))
        {
            // "hundreds" in "hundreds of thousands" is taken whole by the longest match
            (found ??= []).Add(new NumberMention(pieces[i].Start, pieces[afterVague - 1].End, null, Qualifiers.Dozens));
            return afterVague;
        }

        // "between 30 and 40", "from 30 to 40"
        if (lx.RangeOpen.TryMatch(text, pieces, j, out var joiner, out var afterOpen) &&
            lx.TryCardinal(text, pieces, afterOpen, out var low) &&
            TryRangeEnd(text, pieces, low, joiner, out var high))
        {
            if (IsNotCount(text, pieces, afterOpen, high.Next)) return high.Next;
            Add(ref found, pieces, i, high.Next, low, high);
            return high.Next;
        }

        if (!lx.TryCardinal(text, pieces, j, out var number)) return i;
        var next = number.Next;
        Cardinal? rangeEnd = null;
        string? after = null;
        var rangeBroken = j > 0 && lx.RangeBreak.EndsAt(text, pieces, j);
        if (!rangeBroken && TryRangeEnd(text, pieces, number, null, out var end))
        {
            rangeEnd = end;
            next = end.Next;
        }
        else
        {
            next = AfterEcho(text, pieces, next, number.Value);
            var k = next < pieces.Count && pieces[next].IsHyphen(text) && pieces[next].Glued ? next + 1 : next;
            if (lx.After.TryMatch(text, pieces, k, out var qa, out var afterAfter) && (k == next || pieces[k].Glued))
            {
                after = qa;
                next = afterAfter;
            }
        }
        if (IsNotCount(text, pieces, j, next)) return next;
        if (number.BareOne && before is null && after is null && rangeEnd is null && next == number.Next) return next;
        if (rangeEnd is { } r) Add(ref found, pieces, i, next, number, r);
        else (found ??= []).Add(new NumberMention(pieces[i].Start, pieces[next - 1].End, (int)number.Value,
            after ?? before ?? number.Qualifier ?? Qualifiers.Exact));
        return next;
    }

    /// <summary>
    /// The piece after a figure repeated in brackets, as official texts write it: in digits after words ("twenty-one
    /// (21)", "three (3)") or in words after digits ("2 (two)", "11 (eleven)"). The bracket is part of the one quantity;
    /// <paramref name="next"/> itself when no such echo follows.
    /// </summary>
    private int AfterEcho(string text, List<Piece> pieces, int next, long value)
    {
        if (next + 2 >= pieces.Count || !pieces[next].Is(text, '(')) return next;
        var echo = pieces[next + 1];
        if (!echo.Glued) return next;
        if (echo.PlainValue(text) == value && pieces[next + 2].Is(text, ')') && pieces[next + 2].Glued) return next + 3;
        if (_lexicon.TryCardinal(text, pieces, next + 1, out var spelled) && spelled.Value == value
            && spelled.Next < pieces.Count && pieces[spelled.Next].Is(text, ')') && pieces[spelled.Next].Glued) return spelled.Next + 1;
        return next;
    }

    private static void Add(ref List<NumberMention>? found, List<Piece> pieces, int first, int next, Cardinal low, Cardinal high)
    {
        var lowValue = LowEnd(low, high);
        (found ??= []).Add(new NumberMention(pieces[first].Start, pieces[next - 1].End, (int)lowValue, Qualifiers.AtLeast, (int)lowValue, (int)high.Value));
    }

    /// <summary>"to 40", "-40", "or 40" (or the opener's own joiner, "and 40" after "between") with a larger second number.</summary>
    private bool TryRangeEnd(string text, List<Piece> pieces, Cardinal low, string? joiner, out Cardinal high)
    {
        high = default;
        var k = low.Next;
        if (k >= pieces.Count) return false;
        int afterJoin;
        if (joiner is not null && pieces[k].Of(text).Equals(joiner, StringComparison.OrdinalIgnoreCase)) afterJoin = k + 1;
        else if (!_lexicon.RangeJoin.TryMatch(text, pieces, k, out _, out afterJoin)) return false;
        if (!_lexicon.TryCardinal(text, pieces, afterJoin, out high)) return false;
        if (high.Digits != low.Digits && pieces[k].IsHyphen(text)) return false;
        return high.Value > LowEnd(low, high) && high.Value <= int.MaxValue;
    }

    /// <summary>"two to three thousand": a low end without multiplier borrows the high end's.</summary>
    private static long LowEnd(Cardinal low, Cardinal high) =>
        low.Scale == 1 && high.Scale > 1 && low.Value * high.Scale < high.Value ? low.Value * high.Scale : low.Value;

    /// <summary>
    /// Whether the number in pieces [<paramref name="first"/>, <paramref name="next"/>) is something other than a
    /// count: a year, a time, a date's day, an age, an ordinal, money, a percentage, an address, part of a word.
    /// </summary>
    private bool IsNotCount(string text, List<Piece> pieces, int first, int next)
    {
        var lx = _lexicon;
        var piece = pieces[first];
        if (piece.Kind == TokenKind.Number)
        {
            if (IsYearOrClock(text, piece) && (first + 1 >= pieces.Count || !lx.Scales.Matches(text, pieces, first + 1))) return true;
            // list markers: "1." or "2)" at the start of a line
            if (piece.LineStart && first + 1 < pieces.Count && pieces[first + 1].Glued && (pieces[first + 1].Is(text, '.') || pieces[first + 1].Is(text, ')'))) return true;
            if (IsAddress(text, pieces, next)) return true;
            // "John Smith, 54, was arrested": an age in apposition to a name (not in all-caps text, where names don't show)
            if (next == first + 1 && piece.Length <= 3 && first >= 2 && pieces[first - 1].Is(text, ',') && next < pieces.Count && pieces[next].Is(text, ',') &&
                pieces[first - 2].Kind == TokenKind.Word && pieces[first - 2].IsCapitalized(text) && !pieces[first - 2].IsAllCaps(text)) return true;
            // "at 2330": a 24-hour time
            if (piece.Length == 4 && first > 0 && lx.ClockBefore.EndsAt(text, pieces, first, 1) &&
                piece.PlainValue(text) is var hhmm and >= 0 and < 2400 && hhmm % 100 < 60) return true;
        }
        if (first > 0)
        {
            var previous = pieces[first - 1];
            if (lx.NotBefore.EndsAt(text, pieces, first)) return true;
            // part of a word or code: "F-16", "COVID-19", "9/11", "24/7"
            if (piece.Glued && previous.Kind == TokenKind.Punctuation && (previous.IsHyphen(text) || previous.Is(text, '/')) &&
                first > 1 && previous.Glued && pieces[first - 2].Kind != TokenKind.Punctuation) return true;
            if (piece.Glued && previous.Kind != TokenKind.Punctuation) return true;
            // the day of "Jan. 27", "July 27"; not a number word when the month's day is written before it ("on Tuesday 10
            // February two attacks hit the town"): it counts what follows (digits there may be a short year: "16 NOV 89")
            var month = lx.IsMonth(text, pieces, first - 1) ? first - 1 : previous.Is(text, '.') && lx.IsMonth(text, pieces, first - 2) ? first - 2 : -1;
            if (month >= 0 && (piece.Kind == TokenKind.Number || !DayBeforeMonth(lx, text, pieces, month))) return true;
        }
        if (next < pieces.Count)
        {
            var following = pieces[next];
            if (following.Glued)
            {
                // "20th", "9am", "1990s", "10km"; "9/11"; "CHANNEL 2)"; "22-year-old", "six-year", "10-member"
                if (following.Kind == TokenKind.Word || following.Is(text, '/') || following.Is(text, ')')) return true;
                if (following.IsHyphen(text) && next + 1 < pieces.Count && pieces[next + 1].Glued && pieces[next + 1].Kind == TokenKind.Word) return true;
                // "6-2", "1-1", "737-800": a score or a code, not a range (ranges were read before)
                if (following.IsHyphen(text) && next + 1 < pieces.Count && pieces[next + 1].Glued && pieces[next + 1].Kind == TokenKind.Number) return true;
            }
            if (lx.NotAfter.Matches(text, pieces, next)) return true;
            // "27 July", "16 NOV 89"; "22 and 23 December"
            if (lx.IsMonth(text, pieces, next)) return true;
            var k = lx.RangeJoin.TryMatch(text, pieces, next, out _, out var afterJoin) || lx.Joins.TryMatch(text, pieces, next, out _, out afterJoin)
                ? afterJoin : following.Is(text, ',') ? next + 1 : -1;
            if (k > 0 && k < pieces.Count && pieces[k].Kind == TokenKind.Number && pieces[k].Length <= 2 && lx.IsMonth(text, pieces, k + 1)) return true;
        }
        return false;
    }

    /// <summary>
    /// The month at piece <paramref name="month"/> has its day written right before it: a day of the month in digits,
    /// alone or with its ordinal ending ("10 February", "10th February"), or with "of" between ("the 10th of February").
    /// </summary>
    private static bool DayBeforeMonth(NumberLexicon lx, string text, List<Piece> pieces, int month)
    {
        var k = month - 1;
        if (k >= 0 && pieces[k].Kind == TokenKind.Word && pieces[k].Of(text).Equals("of", StringComparison.OrdinalIgnoreCase)) k--;
        if (k >= 1 && pieces[k].Kind == TokenKind.Word && pieces[k].Glued && pieces[k - 1].Kind == TokenKind.Number
            && lx.OrdinalSuffixes.Contains(pieces[k].Of(text).ToString().ToLowerInvariant())) k--;
        return k >= 0 && pieces[k].Kind == TokenKind.Number && pieces[k].Length <= 2 && pieces[k].PlainValue(text) is >= 1 and <= 31;
    }

    /// <summary>A year 19xx/20xx written without separator, a number with a leading zero ("0600"), a clock time ("9:00").</summary>
    private static bool IsYearOrClock(string text, Piece piece)
    {
        if (piece.Length >= 2 && text[piece.Start] == '0') return true;
        if (piece.IsDigits(text, 4) && (text.AsSpan(piece.Start, 2) is "19" or "20")) return true;
        return piece.Of(text).Contains(':');
    }

    /// <summary>"2233 S. King Drive", "1600 Pennsylvania Avenue": at most two capitalised words (and periods) before a street word.</summary>
    private bool IsAddress(string text, List<Piece> pieces, int next)
    {
        var words = 0;
        for (var k = next; k < pieces.Count && words <= 2; k++)
        {
            var piece = pieces[k];
            if (piece.Is(text, '.')) continue;
            if (piece.Kind != TokenKind.Word || !piece.IsCapitalized(text)) return false;
            if (words > 0 && _lexicon.Streets.Matches(text, pieces, k)) return true;
            words++;
        }
        return false;
    }
}
