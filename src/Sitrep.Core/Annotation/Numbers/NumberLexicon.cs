using Sitrep.Lexicons;
using Sitrep.Model;

namespace Sitrep.Annotation.Numbers;

/// <summary>
/// The words of numbers.tsv (number words, qualifiers, vague quantities, words that make a number not a count)
/// and the month names of dates.tsv (a number beside a month is a day or a year), with the grammar of cardinals.
/// </summary>
internal sealed class NumberLexicon
{
    public PhraseTrie<long> Units { get; } = new();
    public PhraseTrie<QuantityPhrase> Scales { get; } = new();
    public PhraseTrie<QuantityPhrase> Phrases { get; } = new();
    public PhraseTrie<bool> Articles { get; } = new();
    public PhraseTrie<bool> Joins { get; } = new();
    public PhraseTrie<string> Before { get; } = new();
    public PhraseTrie<string> After { get; } = new();
    public PhraseTrie<bool> Vague { get; } = new();
    public PhraseTrie<string> RangeOpen { get; } = new();
    public PhraseTrie<bool> RangeJoin { get; } = new();
    public PhraseTrie<bool> RangeBreak { get; } = new();
    public PhraseTrie<bool> NotBefore { get; } = new();
    public PhraseTrie<bool> NotAfter { get; } = new();
    public PhraseTrie<bool> Streets { get; } = new();
    public PhraseTrie<bool> ClockBefore { get; } = new();

    /// <summary>The unit words (kind unit: "two" 2, "eleven" 11) one word at a time, whatever their case: "two o'clock".</summary>
    public Dictionary<string, int> UnitWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Ordinal words ("fourth") by lower-case word: never counts, but the place they name ("a fourth soldier died").</summary>
    public Dictionary<string, int> Ordinals { get; } = new(StringComparer.Ordinal);

    /// <summary>Month names; the value says whether it needs a capital letter ("May", "March").</summary>
    public PhraseTrie<bool> Months { get; } = new();

    /// <summary>The endings glued to a day number ("10th February": dates.tsv kind ordinal), lower case.</summary>
    public HashSet<string> OrdinalSuffixes { get; } = new(StringComparer.Ordinal);

    private static readonly HashSet<string> KnownQualifiers =
        [Qualifiers.Exact, Qualifiers.AtLeast, Qualifiers.MoreThan, Qualifiers.AtMost, Qualifiers.Nearly, Qualifiers.About, Qualifiers.Dozens];

    public static NumberLexicon Load(string numbersPath, string? datesPath)
    {
        var lexicon = new NumberLexicon();
        foreach (var (line, f) in TsvFile.Read(numbersPath, 2))
        {
            string Where() => $"{numbersPath}:{line}";
            string Column(int i) => i < f.Length && f[i].Length > 0 && f[i] != "-" ? f[i] : throw new InvalidDataException($"{Where()}: '{f[0]}' needs column {i + 1}");
            long Number(int i) => long.TryParse(Column(i), out var v) && v > 0 ? v : throw new InvalidDataException($"{Where()}: '{f[i]}' is not a positive whole number");
            string Qualifier(int i) => KnownQualifiers.Contains(Column(i)) ? f[i] : throw new InvalidDataException($"{Where()}: unknown qualifier '{f[i]}'");
            string? OptionalQualifier(int i) => i < f.Length && f[i].Length > 0 && f[i] != "-" ? Qualifier(i) : null;
            var phrase = f[1];
            var added = f[0] switch
            {
                "unit" => lexicon.Units.Add(phrase, Number(2)),
                "scale" => lexicon.Scales.Add(phrase, new QuantityPhrase(Number(2), OptionalQualifier(3))),
                "phrase" => lexicon.Phrases.Add(phrase, new QuantityPhrase(Number(2), OptionalQualifier(3))),
                "article" => lexicon.Articles.Add(phrase, true),
                "join" => lexicon.Joins.Add(phrase, true),
                "before" => lexicon.Before.Add(phrase, Qualifier(3)),
                "after" => lexicon.After.Add(phrase, Qualifier(3)),
                "vague" => lexicon.Vague.Add(phrase, true),
                "range-open" => lexicon.RangeOpen.Add(phrase, Column(2)),
                "range-join" => lexicon.RangeJoin.Add(phrase, true),
                "range-break" => lexicon.RangeBreak.Add(phrase, true),
                "not-before" => lexicon.NotBefore.Add(phrase, true),
                "not-after" => lexicon.NotAfter.Add(phrase, true),
                "street" => lexicon.Streets.Add(phrase, true),
                "clock-before" => lexicon.ClockBefore.Add(phrase, true),
                "ordinal" => lexicon.Ordinals.TryAdd(phrase.ToLowerInvariant(), checked((int)Number(2))),
                _ => throw new InvalidDataException($"{Where()}: unknown kind '{f[0]}'"),
            };
            if (!added) throw new InvalidDataException($"{Where()}: '{phrase}' is listed twice as {f[0]}");
            if (f[0] == "unit") lexicon.UnitWords.Add(phrase, checked((int)Number(2)));
        }
        if (datesPath is not null)
            foreach (var (_, f) in TsvFile.Read(datesPath, 2))
                if (f[0] == "month") lexicon.Months.Add(f[1], f.Length > 3 && f[3].Split(',').Contains("cased"));
                else if (f[0] == "ordinal") lexicon.OrdinalSuffixes.Add(f[1].ToLowerInvariant());
        return lexicon;
    }

    /// <summary>A month name at piece <paramref name="i"/>, written as the lexicon demands (capitalised if ambiguous).</summary>
    public bool IsMonth(string text, List<Piece> pieces, int i) =>
        i >= 0 && i < pieces.Count && pieces[i].Kind == TokenKind.Word &&
        Months.TryMatch(text, pieces, i, out var cased, out var next) && next == i + 1 && (!cased || pieces[i].IsCapitalized(text));

    /// <summary>Reads a cardinal number at piece <paramref name="i"/>: digits (with scale words) or number words.</summary>
    public bool TryCardinal(string text, List<Piece> pieces, int i, out Cardinal cardinal)
    {
        cardinal = default;
        if (i >= pieces.Count) return false;
        return pieces[i].Kind switch
        {
            TokenKind.Number => TryDigits(text, pieces, i, out cardinal),
            TokenKind.Word => TryWords(text, pieces, i, out cardinal),
            _ => false,
        };
    }

    private bool TryDigits(string text, List<Piece> pieces, int i, out Cardinal cardinal)
    {
        cardinal = default;
        var piece = pieces[i];
        long whole = 0, fraction = 0, fractionScale = 1;
        int group = 0, groups = 0;
        var inFraction = false;
        for (var c = piece.Start; c < piece.End; c++)
        {
            var ch = text[c];
            if (char.IsAsciiDigit(ch))
            {
                if (inFraction)
                {
                    if (fractionScale >= 1_000_000_000) return false;
                    fraction = fraction * 10 + (ch - '0');
                    fractionScale *= 10;
                }
                else
                {
                    whole = whole * 10 + (ch - '0');
                    if (whole > int.MaxValue) return false;
                    group++;
                }
            }
            else if (ch == ',' && !inFraction)
            {
                if ((groups == 0 && group > 3) || (groups > 0 && group != 3)) return false;
                groups++;
                group = 0;
            }
            else if (ch == '.' && !inFraction)
            {
                inFraction = true;
            }
            else return false; // a clock time (9:00) or a second decimal point
        }
        if (groups > 0 && group != 3) return false;
        var next = i + 1;
        long scale = 1;
        string? qualifier = null;
        while (Scales.TryMatch(text, pieces, next, out var s, out var after) && s.Value > 1)
        {
            if (scale > 1 && s.Value >= scale) break;
            scale = scale == 1 ? s.Value : scale * s.Value;
            qualifier = s.Qualifier ?? qualifier;
            next = after;
            if (scale > int.MaxValue) return false;
        }
        var numerator = ((Int128)whole * fractionScale + fraction) * scale;
        if (numerator % fractionScale != 0) return false; // 3.5 on its own is not a count
        var value = (long)(numerator / fractionScale);
        if (value > int.MaxValue) return false;
        cardinal = new Cardinal(value, next, qualifier, scale, false, true);
        return true;
    }

    private enum Last { None, Article, Unit, Teen, Tens, Hyphen, Hundred, Scale, And }

    private bool TryWords(string text, List<Piece> pieces, int i, out Cardinal cardinal)
    {
        cardinal = default;
        if (Phrases.TryMatch(text, pieces, i, out var phrase, out var afterPhrase))
        {
            cardinal = new Cardinal(phrase.Value, afterPhrase, phrase.Qualifier, 1, false, false);
            return true;
        }
        long total = 0, current = 0, lastScale = long.MaxValue, trailingScale = 1;
        string? qualifier = null;
        var last = Last.None;
        var usedScale = false;
        var k = i;
        var next = i;
        if (Articles.TryMatch(text, pieces, k, out _, out var afterArticle) &&
            Scales.TryMatch(text, pieces, afterArticle, out _, out _))
        {
            current = 1;
            last = Last.Article;
            k = afterArticle;
        }
        while (k < pieces.Count)
        {
            var piece = pieces[k];
            if (piece.Kind == TokenKind.Word && Units.TryMatch(text, pieces, k, out var unit, out var afterUnit))
            {
                var allowed = unit switch
                {
                    < 10 => last is Last.None or Last.Tens or Last.Hyphen or Last.Hundred or Last.Scale or Last.And,
                    _ => last is Last.None or Last.Hundred or Last.Scale or Last.And,
                };
                if (!allowed || (last == Last.Hyphen && unit >= 10)) break;
                current += unit;
                last = unit switch { < 10 => Last.Unit, < 20 => Last.Teen, _ => Last.Tens };
                k = next = afterUnit;
                trailingScale = 1;
                continue;
            }
            if (piece.IsHyphen(text) && piece.Glued && last == Last.Tens && k + 1 < pieces.Count && pieces[k + 1].Glued &&
                Units.TryMatch(text, pieces, k + 1, out var u, out _) && u < 10)
            {
                last = Last.Hyphen;
                k++;
                continue;
            }
            if (piece.Kind == TokenKind.Word && Scales.TryMatch(text, pieces, k, out var scale, out var afterScale) &&
                last is Last.Article or Last.Unit or Last.Teen or Last.Tens)
            {
                if (scale.Value == 100)
                {
                    if (current is 0 or >= 100) break;
                    current *= 100;
                    last = Last.Hundred;
                }
                else
                {
                    if (scale.Value >= lastScale || current == 0) break;
                    total += current * scale.Value;
                    current = 0;
                    lastScale = scale.Value;
                    last = Last.Scale;
                }
                if (total + current > int.MaxValue) return false;
                qualifier = scale.Qualifier ?? qualifier;
                trailingScale = scale.Value;
                usedScale = true;
                k = next = afterScale;
                continue;
            }
            if (last is Last.Hundred or Last.Scale && Joins.TryMatch(text, pieces, k, out _, out var afterJoin) && JoinContinues(text, pieces, afterJoin))
            {
                last = Last.And;
                k = afterJoin;
                continue;
            }
            break;
        }
        if (next == i) return false;
        var bareOne = next == i + 1 && total == 0 && current == 1 && last == Last.Unit;
        // a scale inside but not at the end ("a hundred and fifty") neither lends nor borrows one in a range
        var scaleOut = trailingScale > 1 ? trailingScale : usedScale ? 0 : 1;
        cardinal = new Cardinal(total + current, next, qualifier, scaleOut, bareOne, false);
        return true;
    }

    /// <summary>"a hundred and twenty": "and" joins when a unit or tens word follows that is not itself multiplied ("and two hundred").</summary>
    private bool JoinContinues(string text, List<Piece> pieces, int k)
    {
        if (!Units.TryMatch(text, pieces, k, out var unit, out var after)) return false;
        if (unit >= 20 && after + 1 < pieces.Count && pieces[after].IsHyphen(text) && Units.Matches(text, pieces, after + 1)) after += 2;
        return !Scales.Matches(text, pieces, after);
    }
}
