using Sitrep.Gazetteer;
using Sitrep.Model;

namespace Sitrep.Queries;

/// <summary>
/// Filters, orders, pages and counts a list of incidents in memory (what the store's <see cref="Storage.IIncidentStore.Incidents"/>
/// returns), for the API and the page. Article titles, needed by the text search, are asked for through
/// <paramref name="titleOf"/> only when a filter has text, once per document.
/// </summary>
public sealed class IncidentQuery(IReadOnlyList<Incident> incidents, Func<string, string?> titleOf)
{
    private readonly Dictionary<string, string?> _titles = new(StringComparer.Ordinal);

    public IReadOnlyList<Incident> Incidents => incidents;

    /// <summary>The incidents <paramref name="filter"/> keeps, in the order given.</summary>
    public IReadOnlyList<Incident> Matching(IncidentFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var words = filter.Text is { } text ? NameFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        var admin1 = filter.Admin1 is { } a ? NameFolding.Fold(a) : null;
        return incidents.Where(i => Keeps(filter, admin1, words, i)).ToList();
    }

    /// <summary>The page of the kept incidents from <paramref name="offset"/>, at most <paramref name="limit"/> of them.</summary>
    public IncidentPage Page(IncidentFilter filter, IncidentOrder order, int offset, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var kept = Matching(filter);
        var items = Ordered(kept, order).Skip(offset).Take(limit).ToList();
        return new IncidentPage(kept.Count, offset, limit, items);
    }

    /// <summary>Counts of the kept incidents per day, per country and per perpetrator.</summary>
    public IncidentStatistics Statistics(IncidentFilter filter) => IncidentStatistics.Of(Matching(filter));

    public static IEnumerable<Incident> Ordered(IEnumerable<Incident> kept, IncidentOrder order) => order switch
    {
        IncidentOrder.DateAscending => kept.OrderBy(i => i.Date is null).ThenBy(i => i.Date, StringComparer.Ordinal).ThenBy(i => i.Id, StringComparer.Ordinal),
        IncidentOrder.KilledDescending => kept.OrderBy(i => i.Killed.Best is null).ThenByDescending(i => i.Killed.Best).ThenBy(i => i.Id, StringComparer.Ordinal),
        _ => kept.OrderBy(i => i.Date is null).ThenByDescending(i => i.Date, StringComparer.Ordinal).ThenBy(i => i.Id, StringComparer.Ordinal),
    };

    private bool Keeps(IncidentFilter f, string? admin1, string[] words, Incident i)
    {
        if (f.Country is { } country && !string.Equals(i.Country, country, StringComparison.OrdinalIgnoreCase)) return false;
        if (f.EventType is { } type && !string.Equals(i.EventType, type, StringComparison.OrdinalIgnoreCase)) return false;
        if (f.MinKilled is { } min && (i.Killed?.Best ?? 0) < min) return false;
        if (f.Perpetrator is { } actor && !SamePerpetrator(actor, i.Perpetrator)) return false;
        if (admin1 is not null && !SameName(admin1, i.Admin1)) return false;
        if ((f.From is not null || f.To is not null) && !(DatePeriod.Of(i.Date) is { } period && period.Overlaps(f.From, f.To))) return false;
        return words.Length == 0 || HasAllWords(i, words);
    }

    private static bool SamePerpetrator(string wanted, string? perpetrator) =>
        perpetrator is null
            ? string.Equals(wanted, IncidentFilter.UnknownPerpetrator, StringComparison.OrdinalIgnoreCase)
            : string.Equals(wanted.Trim(), perpetrator, StringComparison.OrdinalIgnoreCase);

    private static bool SameName(string foldedWanted, string? name)
    {
        if (name is null) return false;
        var folded = NameFolding.Fold(name);
        return folded == foldedWanted
               || (NameFolding.WithoutArticle(folded) ?? folded) == (NameFolding.WithoutArticle(foldedWanted) ?? foldedWanted);
    }

    private bool HasAllWords(Incident i, string[] words)
    {
        var haystack = NameFolding.Fold(string.Join(" | ", new[] { i.Summary, i.Location, i.Sublocation, i.Admin1 }
            .Concat(i.Documents.Select(Title)).Where(s => !string.IsNullOrEmpty(s))));
        return words.All(w => haystack.Contains(w, StringComparison.Ordinal));
    }

    private string? Title(string document)
    {
        if (!_titles.TryGetValue(document, out var title)) _titles[document] = title = titleOf(document);
        return title;
    }
}
