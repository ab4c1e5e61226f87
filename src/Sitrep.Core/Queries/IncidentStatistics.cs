using Sitrep.Model;

namespace Sitrep.Queries;

/// <summary>How many incidents, and how many killed and injured (sums of best estimates), under one key.</summary>
public sealed record IncidentCount(string Key, int Incidents, int Killed, int Injured);

/// <summary>
/// Counts of a set of incidents: in total, per day (incidents dated to a day; the others are counted in
/// <see cref="Undated"/>), per country and per perpetrator ("unknown" for none). Days ascend; countries and
/// perpetrators come most incidents first.
/// </summary>
public sealed record IncidentStatistics(
    IncidentCount Total,
    int Undated,
    IReadOnlyList<IncidentCount> PerDay,
    IReadOnlyList<IncidentCount> PerCountry,
    IReadOnlyList<IncidentCount> PerPerpetrator)
{
    public static IncidentStatistics Of(IReadOnlyList<Incident> incidents)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        var days = incidents.Where(i => i.Date is { Length: 10 }).ToList();
        return new IncidentStatistics(
            Count("total", incidents),
            incidents.Count - days.Count,
            days.GroupBy(i => i.Date!, StringComparer.Ordinal).Select(g => Count(g.Key, g)).OrderBy(c => c.Key, StringComparer.Ordinal).ToList(),
            ByMost(incidents.GroupBy(i => i.Country ?? "unknown", StringComparer.Ordinal)),
            ByMost(incidents.GroupBy(i => i.Perpetrator ?? IncidentFilter.UnknownPerpetrator, StringComparer.Ordinal)));
    }

    private static List<IncidentCount> ByMost(IEnumerable<IGrouping<string, Incident>> groups) =>
        groups.Select(g => Count(g.Key, g)).OrderByDescending(c => c.Incidents).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();

    private static IncidentCount Count(string key, IEnumerable<Incident> incidents)
    {
        int count = 0, killed = 0, injured = 0;
        foreach (var i in incidents)
        {
            count++;
            killed += i.Killed?.Best ?? 0;
            injured += i.Injured?.Best ?? 0;
        }
        return new IncidentCount(key, count, killed, injured);
    }
}
