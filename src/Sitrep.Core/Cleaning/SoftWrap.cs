using Sitrep.Lexicons;

namespace Sitrep.Cleaning;

/// <summary>
/// Tells a text extracted from a PDF (or another laid-out page) whose lines break sentences at the page's width but are
/// not filled to one width (<see cref="HardWrap"/>): headings, tables and page furniture stand between its paragraphs.
/// Such a text breaks sentences where a line ends without a sentence's stop and the next goes on in lower case
/// ("... two guards of the depot died and four passers-by" / "were hurt."), and breaks words with a hyphen
/// ("at-" / "tacks"). The cleaner joins such lines (<see cref="Joint"/>) in a text that has at least
/// <see cref="MinBreaks"/> of them; a text with a paragraph per line has none, and an all-capital wire text none either.
/// </summary>
public static class SoftWrap
{
    /// <summary>The fewest lines broken mid-sentence that make a text soft-wrapped.</summary>
    public const int MinBreaks = 3;

    /// <summary>How two lines next to each other are joined.</summary>
    public enum Join
    {
        /// <summary>Not joined: a line break.</summary>
        None,
        /// <summary>One sentence broken at a space: joined by a space.</summary>
        Space,
        /// <summary>A word broken by a hyphen that is no part of it ("at-" / "tacks"): the hyphen dropped, the halves joined.</summary>
        Word,
        /// <summary>A hyphenated word broken after its hyphen ("pick-" / "up" of "pick-up"): joined with the hyphen kept.</summary>
        Hyphen,
    }

    private static readonly Lazy<HashSet<string>> Words = new(() =>
        TsvFile.Read(DataFiles.PathOf("gazetteer", "common_words.txt"), 1).Select(r => r.Fields[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal));

    /// <summary>Whether the text has at least <see cref="MinBreaks"/> lines broken mid-sentence (see <see cref="Breaks"/>).</summary>
    public static bool IsSoftWrapped(string text)
    {
        var count = 0;
        ReadOnlySpan<char> previous = default;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).Trim();
            if (Breaks(previous, line) && ++count >= MinBreaks) return true;
            previous = line;
        }
        return false;
    }

    /// <summary>
    /// The line <paramref name="previous"/> ends without a sentence's stop (on a letter, a figure, a comma, a closing
    /// bracket — "... a group calling itself the Night Owls (Hiboux)" / "claimed the blast" — or a word's hyphen) and
    /// <paramref name="next"/>, the (trimmed) line after it, goes on in lower case: one sentence.
    /// </summary>
    public static bool Breaks(ReadOnlySpan<char> previous, ReadOnlySpan<char> next) =>
        previous.Length > 0 && next.Length > 0 && char.IsLower(next[0])
        && (char.IsLetterOrDigit(previous[^1]) || previous[^1] is ',' or ')' || HyphenBreak(previous));

    /// <summary>
    /// A line filled to the text's width (within <see cref="FilledSlack"/> characters of the width its paragraphs are
    /// wrapped to, <paramref name="width"/>: <see cref="Width"/>) that ends on a letter, a figure or a comma, right before
    /// a line that opens on a capital or a figure:
    /// one sentence wrapped before a name, a day or a number ("... on the night of Thursday" / "19 November, when ...",
    /// "... examined by the Forensic" / "Laboratory."). A paragraph's last line ends on its stop, and a heading or a
    /// list line is not filled to the width of the text's paragraphs.
    /// </summary>
    public static bool FilledBreak(ReadOnlySpan<char> previous, ReadOnlySpan<char> next, int width) =>
        width >= HardWrap.MinWidth && previous.Length >= width - FilledSlack && next.Length > 0
        && (char.IsUpper(next[0]) || char.IsDigit(next[0])) && (char.IsLetterOrDigit(previous[^1]) || previous[^1] == ',')
        && !RowsOfOneTable(previous, next);

    /// <summary>
    /// Two lines of one table or export, each as many fields (three or more) between " ; " or " | " ("TX-12 ; 06 May ;
    /// Riverton ; 2" over "TX-13 ; 07 May ; Elmwood ; 1"): the longest row of a table is as wide as the text, and no
    /// sentence wraps from it into the next row. So are two lines that each open on a figure of one shape, digits and
    /// the same marks at the same places, one at least ("18/09 Riverton Grenade thrown at a shop" over "03/10 Elmwood
    /// Shop robbed", a log's rows by their day or hour): a sentence wrapped before a figure does not open on one too.
    /// </summary>
    private static bool RowsOfOneTable(ReadOnlySpan<char> previous, ReadOnlySpan<char> next)
    {
        foreach (var separator in (ReadOnlySpan<string>)[" ; ", " | "])
        {
            var fields = previous.Count(separator) + 1;
            if (fields >= 3 && next.Count(separator) + 1 == fields) return true;
        }
        return SameFigureOpening(previous, next);
    }

    /// <summary>Both lines open on a figure of one shape, digits and marks with the same marks at the same places ("18/09" and "03/10"; not a bare number, "12" and "19").</summary>
    private static bool SameFigureOpening(ReadOnlySpan<char> previous, ReadOnlySpan<char> next)
    {
        var a = previous.IndexOf(' ');
        var b = next.IndexOf(' ');
        if (a <= 0 || a != b || !char.IsDigit(previous[0]) || !char.IsDigit(next[0])) return false;
        var marked = false;
        for (var i = 0; i < a; i++)
        {
            if (char.IsDigit(previous[i]) != char.IsDigit(next[i])) return false;
            if (char.IsDigit(previous[i])) continue;
            if (previous[i] != next[i] || char.IsLetter(previous[i])) return false;
            marked = true;
        }
        return marked;
    }

    private static readonly Lazy<IReadOnlySet<string>> Danglers = new(() => FunctionWords.Default.Of(FunctionWords.LineDangler));

    /// <summary>
    /// A line in ordinary case that ends on a word no sentence ends on (function_words.tsv kind line_dangler: "of", "and",
    /// "the") right before a line that opens on a capital or a figure: one sentence wrapped before a name, whatever the
    /// line's width ("... at the northern exit of" / "Kaya came under fire", a column of a page in two columns, narrower
    /// than the page's widest line). A line in capitals (a heading) joins nothing.
    /// </summary>
    public static bool DanglingBreak(ReadOnlySpan<char> previous, ReadOnlySpan<char> next)
    {
        if (next.Length == 0 || !(char.IsUpper(next[0]) || char.IsDigit(next[0])) || RowsOfOneTable(previous, next)) return false;
        var s = previous.Length;
        while (s > 0 && char.IsLetter(previous[s - 1])) s--;
        if (s == previous.Length || (s > 0 && previous[s - 1] != ' ')) return false;
        var word = previous[s..];
        return word[0] is >= 'a' and <= 'z' && Danglers.Value.Contains(word.ToString());
    }

    /// <summary>How many characters short of the text's width (<see cref="Width"/>) a line may end and still be filled to it.</summary>
    public const int FilledSlack = 12;

    /// <summary>The share of a text's lines (of those not blank) that may be wider than its width: page furniture, a long footer or URL.</summary>
    public const double WiderShare = 0.1;

    /// <summary>
    /// The width the text's paragraphs are wrapped to: the length (without white space at either end) that all but
    /// <see cref="WiderShare"/> of its lines that are not blank stay within. A few wider lines (a page's footer of a
    /// hundred characters and more, a web address) do not set it, or the body's lines would never count as filled.
    /// </summary>
    public static int Width(string text)
    {
        var lengths = new List<int>();
        foreach (var range in text.AsSpan().Split('\n'))
            if (text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).Trim().Length is var length and > 0) lengths.Add(length);
        if (lengths.Count == 0) return 0;
        lengths.Sort();
        return lengths[lengths.Count - 1 - (int)(lengths.Count * WiderShare)];
    }

    /// <summary>The line ends on a hyphen right after a letter ("at-").</summary>
    private static bool HyphenBreak(ReadOnlySpan<char> line) => line.Length >= 2 && line[^1] == '-' && char.IsLetter(line[^2]);

    /// <summary>
    /// How the (trimmed) line <paramref name="previous"/> joins the line <paramref name="next"/> in a soft-wrapped text.
    /// A word broken by a hyphen is joined without it when the joined word is a known word (a common word, or written
    /// whole elsewhere in <paramref name="text"/>) or when its halves are not both words ("publi-" / "cation",
    /// "Sar-" / "pang"); two words ("pick-" / "up") keep their hyphen.
    /// </summary>
    public static Join Joint(string text, ReadOnlySpan<char> previous, ReadOnlySpan<char> next, int width = 0)
    {
        if (!Breaks(previous, next)) return width > 0 && (FilledBreak(previous, next, width) || DanglingBreak(previous, next)) ? Join.Space : Join.None;
        if (!HyphenBreak(previous)) return Join.Space;
        var s = previous.Length - 1;
        while (s > 0 && char.IsLetter(previous[s - 1])) s--;
        var head = previous[s..^1].ToString();
        var e = 0;
        while (e < next.Length && char.IsLetter(next[e])) e++;
        var tail = next[..e].ToString();
        var whole = head + tail;
        if (Known(text, whole)) return Join.Word;
        return Words.Value.Contains(head.ToLowerInvariant()) && Words.Value.Contains(tail.ToLowerInvariant()) ? Join.Hyphen : Join.Word;
    }

    /// <summary>A common word, or a word written whole (between non-letters) somewhere in the text.</summary>
    private static bool Known(string text, string word)
    {
        if (Words.Value.Contains(word.ToLowerInvariant())) return true;
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end >= text.Length || !char.IsLetter(text[end]))) return true;
        }
        return false;
    }
}
