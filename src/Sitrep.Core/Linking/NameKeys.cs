using Sitrep.Lexicons;

namespace Sitrep.Linking;

/// <summary>
/// The names an article mentions, as lookup keys for linking reports whose day is unknown: every run of two or more
/// capitalised words ("Eric Allen Kirkpatrick", "Abu Bakr al-Baghdadi"), lower-cased, without titles and other words that
/// are no part of a name (data/lexicons/name_keys.tsv, kind <c>skip</c>), and leaving out names of institutions, streets
/// and areas (kind <c>common</c>), which many unrelated incidents share. Lines mostly in capitals (headlines, texts
/// in upper case) and web addresses give no names. A pure function of the text.
/// </summary>
public sealed class NameKeys
{
    /// <summary>The kind of the stored index keys.</summary>
    public const string KeyKind = "name";

    private static readonly Lazy<NameKeys> LazyDefault = new(() => Load(DataFiles.PathOf("lexicons", "name_keys.tsv")));

    private readonly HashSet<string> _skip = new(StringComparer.Ordinal);
    private readonly HashSet<string> _common = new(StringComparer.Ordinal);

    public static NameKeys Default => LazyDefault.Value;

    public static NameKeys Load(string path)
    {
        var keys = new NameKeys();
        foreach (var (line, f) in TsvFile.Read(path, 2))
        {
            var set = f[0] switch
            {
                "skip" => keys._skip,
                "common" => keys._common,
                _ => throw new InvalidDataException($"{path}:{line}: unknown kind '{f[0]}' (skip or common)"),
            };
            set.Add(f[1].ToLowerInvariant());
        }
        return keys;
    }

    public IReadOnlyList<string> Of(string text)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var whole in text.Split('\n'))
        {
            if (BeforeWebAddress(whole) is not { } line || MostlyCapitals(line)) continue;
            var run = new List<string>();
            var previousEnd = -1;
            foreach (var (start, end) in Words(line))
            {
                var word = Possessive(line[start..end]);
                var joined = previousEnd < 0 || line.AsSpan(previousEnd, start - previousEnd).Trim().IsEmpty;
                var lower = word.ToLowerInvariant();
                var capitalised = word.Length > 1 && StartsCapitalised(word) && !IsAllCapitals(word) && !_skip.Contains(lower);
                if (!capitalised || !joined) Flush(run, names);
                if (capitalised) run.Add(lower);
                previousEnd = end;
            }
            Flush(run, names);
        }
        return names.ToList();
    }

    /// <summary>Below this many characters, a line with a web address is a link or a share bar, not a paragraph.</summary>
    public const int ParagraphLength = 200;

    /// <summary>
    /// The part of a line that may hold the story's names: the whole line when it has no web address; else, when the
    /// text before its first address is a paragraph (a page flattened into one line, its share bar and links after the
    /// story), that text up to its last full stop (the share bar's words are no names); or nothing (a link line,
    /// "Read more: ... https://...").
    /// </summary>
    private static string? BeforeWebAddress(string line)
    {
        var at = line.IndexOf("://", StringComparison.Ordinal);
        if (at < 0) return line.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? null : line;
        var end = line.LastIndexOf(". ", at, StringComparison.Ordinal) + 1;
        return end >= ParagraphLength ? line[..end] : null;
    }

    private void Flush(List<string> run, SortedSet<string> names)
    {
        if (run.Count >= 2 && !run.Any(_common.Contains)) names.Add(string.Join(' ', run));
        run.Clear();
    }

    /// <summary>Words: letters joined by inner apostrophes or hyphens ("O'Higgins", "al-Zahraa").</summary>
    private static IEnumerable<(int Start, int End)> Words(string line)
    {
        var i = 0;
        while (i < line.Length)
        {
            if (!char.IsLetter(line[i])) { i++; continue; }
            var start = i;
            while (i < line.Length && (char.IsLetter(line[i]) || (IsJoiner(line[i]) && i + 1 < line.Length && char.IsLetter(line[i + 1])))) i++;
            yield return (start, i);
        }
    }

    /// <summary>"Kirkpatrick", and a particle before a capitalised name: "al-Baghdadi".</summary>
    private static bool StartsCapitalised(string word)
    {
        if (char.IsUpper(word[0])) return true;
        var hyphen = word.IndexOf('-');
        return hyphen is > 0 and <= 3 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]);
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-';

    private static string Possessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : word;

    private static bool IsAllCapitals(string word) => word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static bool MostlyCapitals(string line)
    {
        int letters = 0, capitals = 0;
        foreach (var c in line)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) capitals++;
        }
        return letters > 0 && capitals > 0.6 * letters;
    }
}
