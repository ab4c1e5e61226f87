using System.Text.RegularExpressions;
using Sitrep.Lexicons;

namespace Sitrep.Extraction;

/// <summary>
/// Other names an article gives a group in brackets beside one of its names: its name in another language ("the X
/// Collective (Y Collective in Dutch)"), its abbreviation ("the Front for the Liberation of Z (FLZ)"), or the name a
/// bracket holding it stands after ("Y Collective (X Collective in French)"). A report carries them
/// (<see cref="Model.IncidentReport.PerpetratorAliases"/>) so that another outlet's report that names the same group
/// by one of them joins it (Linking/ReportMatcher): one outlet writes the group's French name, another its Dutch one.
/// </summary>
public sealed class GroupAliases
{
    /// <summary>The most words of a name in brackets or before them: "Resistencia Lafkenche Autónoma del Sur".</summary>
    private const int MaxNameWords = 6;

    /// <summary>The longest bracket read (a name and "in French"); a longer one is an aside, not a name.</summary>
    private const int MaxBracket = 80;

    /// <summary>Small words inside names (function_words.tsv kind name_connector): "Front du X".</summary>
    private readonly IReadOnlySet<string> _connectors;

    /// <summary>
    /// A bracket's name with what may stand around it: a word that opens another name before it (function_words.tsv kind
    /// alias_opener: "also", "formerly"), a language after it (kind alias_language_lead: "in French").
    /// </summary>
    private readonly Regex _bracketName;

    public GroupAliases(FunctionWords words)
    {
        _connectors = words.Of(FunctionWords.NameConnector);
        static string Alternatives(IEnumerable<string> phrases) =>
            string.Join('|', phrases.OrderByDescending(p => p.Length).Select(p => Regex.Escape(p).Replace(@"\ ", @"\s+")));
        _bracketName = new Regex(
            $@"^(?:(?:{Alternatives(words.Of(FunctionWords.AliasOpener))})\s+)?(?<name>.+?)(?:,?\s+(?:{Alternatives(words.Of(FunctionWords.AliasLanguageLead))})\s+\p{{Lu}}\p{{Ll}}+)?$",
            RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
    }

    /// <summary>The names the article gives <paramref name="name"/> in brackets, beside any of its mentions.</summary>
    public IReadOnlyList<string> Of(string text, string name)
    {
        var aliases = new List<string>();
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            if (at > 0 && char.IsLetterOrDigit(text[at - 1])) continue;
            var end = at + name.Length;
            if (end < text.Length && char.IsLetterOrDigit(text[end])) continue;
            // "NAME (OTHER in French)" or "NAME (ABBR)"
            if (Bracket(text, end) is { } inside && NameIn(inside) is { } other && !Same(other, name)) Add(aliases, other);
            // "OTHER (NAME in Dutch)": the bracket opens right before the name and holds nothing but it
            if (OpensBefore(text, at) is { } open && Bracket(text, open) is { } held && NameIn(held) is { } heldName && Same(heldName, name)
                && NameBefore(text, open) is { } before && !Same(before, name))
                Add(aliases, before);
        }
        return aliases;
    }

    private static void Add(List<string> aliases, string alias)
    {
        if (!aliases.Contains(alias, StringComparer.OrdinalIgnoreCase)) aliases.Add(alias);
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>The text inside a bracket that opens at <paramref name="from"/> after spaces, on the same line, or null.</summary>
    private static string? Bracket(string text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] == ' ') i++;
        if (i >= text.Length || text[i] != '(') return null;
        var close = text.IndexOf(')', i + 1);
        if (close < 0 || close - i - 1 > MaxBracket) return null;
        var inside = text.Substring(i + 1, close - i - 1);
        return inside.Contains('\n') || inside.Contains('(') ? null : inside.Trim();
    }

    /// <summary>The position of a "(" right before <paramref name="at"/> (spaces between allowed), or null.</summary>
    private static int? OpensBefore(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && text[i] == ' ') i--;
        return i >= 0 && text[i] == '(' ? i : null;
    }

    /// <summary>A capitalised name of at most <see cref="MaxNameWords"/> words, as a bracket holds it, or null.</summary>
    private string? NameIn(string inside)
    {
        var m = _bracketName.Match(inside);
        if (!m.Success) return null;
        var name = m.Groups["name"].Value.Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > MaxNameWords || !char.IsUpper(name[0])) return null;
        // a name is words, not a figure, a date or a sentence
        return words.All(w => w.Any(char.IsLetter) && !w.EndsWith(',') && !w.EndsWith('.')) ? name : null;
    }

    /// <summary>
    /// The capitalised name that ends right before the bracket at <paramref name="open"/>: capitalised words and the small
    /// words inside names (function_words.tsv kind name_connector), starting on a capitalised one.
    /// </summary>
    private string? NameBefore(string text, int open)
    {
        var words = new List<string>();
        var i = open - 1;
        while (i >= 0 && text[i] == ' ') i--;
        while (i >= 0 && words.Count < MaxNameWords + 2)
        {
            var end = i + 1;
            while (i >= 0 && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '\'' or '’')) i--;
            var word = text[(i + 1)..end];
            if (word.Length == 0 || !(char.IsUpper(word[0]) || _connectors.Contains(word))) break;
            words.Insert(0, word);
            if (i < 0 || text[i] != ' ') break;
            i--;
        }
        // a name opens on a capitalised word that is no small word ("The X Front" at a sentence's start is "X Front")
        while (words.Count > 0 && (!char.IsUpper(words[0][0]) || _connectors.Contains(words[0].ToLowerInvariant()))) words.RemoveAt(0);
        if (words.Count == 0 || words.Count > MaxNameWords) return null;
        return string.Join(' ', words);
    }
}
