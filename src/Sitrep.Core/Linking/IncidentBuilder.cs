using Sitrep.Model;

namespace Sitrep.Linking;

/// <summary>
/// Builds an incident from the reports linked to it: the most common day, the most precise and most
/// reported place, the strongest responsibility (claimed over attributed over suspected over denied),
/// weapons and targets of all reports, and reconciled casualty estimates. A pure function of the set of reports.
/// </summary>
public sealed class IncidentBuilder
{
    private static readonly string[] ResponsibilityRank = ["claimed", "attributed", "suspected", "denied", "unknown"];

    private readonly CasualtyReconciler _casualties;
    private readonly Func<string, string?> _countryName;

    public IncidentBuilder(CasualtyReconciler casualties, Func<string, string?> countryName)
    {
        _casualties = casualties;
        _countryName = countryName;
    }

    public static string IncidentId(IEnumerable<IncidentReport> reports) =>
        "inc-" + Hashing.Short(reports.Select(r => r.Id).Min(StringComparer.Ordinal)!, 12);

    public Incident Build(IReadOnlyList<IncidentReport> unordered, string? groupId)
    {
        var reports = unordered.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var day = reports.Where(r => r.Date is not null)
            .GroupBy(r => (r.Date, r.DatePrecision))
            .OrderBy(g => PrecisionRank(g.Key.DatePrecision)).ThenByDescending(g => g.Count()).ThenBy(g => g.Key.Date, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
        var place = reports.Where(r => r.Place is not null).Select(r => r.Place!)
            .GroupBy(p => p.GeonameId)
            .OrderBy(g => (int)g.First().Kind).ThenByDescending(g => g.Count()).ThenByDescending(g => g.First().Population).ThenBy(g => g.Key)
            .Select(g => g.First()).FirstOrDefault();
        var eventType = reports.GroupBy(r => r.EventType)
            .OrderBy(g => g.Key == "other" ? 1 : 0).ThenByDescending(g => g.Count()).ThenBy(g => EventTypes.Rank(g.Key))
            .Select(g => g.Key).FirstOrDefault() ?? "other";
        var claim = reports.Where(r => r.Perpetrator is not null)
            .OrderBy(r => Array.IndexOf(ResponsibilityRank, r.Responsibility)).ThenBy(r => r.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        var killed = _casualties.Reconcile(reports.SelectMany(r => r.Killed));
        var injured = _casualties.Reconcile(reports.SelectMany(r => r.Injured));
        var weapons = reports.SelectMany(r => r.Weapons).Distinct().Order(StringComparer.Ordinal).ToList();
        var targets = reports.SelectMany(r => r.Targets).Distinct().Order(StringComparer.Ordinal).ToList();
        var suicide = reports.Any(r => r.Suicide == true) ? true : (bool?)null;
        var sublocation = reports.Select(r => r.Sublocation).FirstOrDefault(s => s is not null);
        var evidence = reports.SelectMany(r => r.Evidence)
            .Concat(killed.Reports.Select(f => f.Evidence)).Concat(injured.Reports.Select(f => f.Evidence))
            .Distinct().ToList();

        var incident = new Incident
        {
            Id = IncidentId(reports),
            Date = day.Date,
            DatePrecision = day.Date is null ? "unknown" : day.DatePrecision,
            Country = place?.CountryCode,
            Admin1 = place?.Admin1Name,
            Location = place?.Name,
            Sublocation = sublocation,
            Latitude = place?.Latitude,
            Longitude = place?.Longitude,
            GeoPrecision = place?.GeoPrecision,
            EventType = eventType,
            Suicide = suicide,
            Weapons = weapons,
            Targets = targets,
            Perpetrator = claim?.Perpetrator,
            Responsibility = claim?.Responsibility ?? "unknown",
            Killed = killed,
            Injured = injured,
            Documents = reports.Select(r => r.ArticleId).Distinct().Order(StringComparer.Ordinal).ToList(),
            Group = groupId,
            Evidence = evidence,
            ReportIds = reports.Select(r => r.Id).ToList(),
        };
        return incident with { Summary = Summaries.Of(incident, place is null ? null : _countryName(place.CountryCode)) };
    }

    private static int PrecisionRank(string precision) => precision switch { "day" => 0, "month" => 1, "year" => 2, _ => 3 };
}
