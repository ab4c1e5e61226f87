using Sitrep.Model;

namespace Sitrep.Web;

/// <summary>A reconciled figure without its reports: best, low, high, whether the sources disagree, and how many reports there are.</summary>
public sealed record CasualtyRange(int? Best, int? Low, int? High, bool Disputed, int Reports)
{
    public static CasualtyRange Of(CasualtyEstimate? e) =>
        e is null ? new(null, null, null, false, 0) : new(e.Best, e.Low, e.High, e.Disputed || e.Low != e.High, e.Reports.Count);
}

/// <summary>
/// An incident in a list: the export contract's fields (spec/INCIDENTS.md) with the casualty objects reduced to
/// <see cref="CasualtyRange"/> and no evidence; <c>GET /api/incidents/{id}</c> has the rest.
/// </summary>
public sealed record IncidentListItem(
    string Id,
    string? Date,
    string DatePrecision,
    string? Country,
    string? Admin1,
    string? Location,
    string? Sublocation,
    double? Latitude,
    double? Longitude,
    string? GeoPrecision,
    string EventType,
    bool? Suicide,
    IReadOnlyList<string> Weapons,
    IReadOnlyList<string> Targets,
    string? Perpetrator,
    string Responsibility,
    CasualtyRange Killed,
    CasualtyRange Injured,
    IReadOnlyList<string> Documents,
    string? Group,
    string Summary)
{
    public static IncidentListItem Of(Incident i) => new(
        i.Id, i.Date, i.DatePrecision, i.Country, i.Admin1, i.Location, i.Sublocation,
        Round(i.Latitude), Round(i.Longitude), i.GeoPrecision, i.EventType, i.Suicide, i.Weapons, i.Targets,
        i.Perpetrator, i.Responsibility, CasualtyRange.Of(i.Killed), CasualtyRange.Of(i.Injured), i.Documents, i.Group, i.Summary);

    private static double? Round(double? degrees) => degrees is { } d && double.IsFinite(d) ? Math.Round(d, 5) : null;
}

/// <summary>One page of a list: <see cref="Total"/> incidents match, <see cref="Items"/> are those from <see cref="Offset"/>.</summary>
public sealed record IncidentListPage(int Total, int Offset, int Limit, string Sort, IReadOnlyList<IncidentListItem> Items);
