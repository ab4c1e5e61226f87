namespace Sitrep.Model;

/// <summary>
/// One real incident, linked from the reports of one or more articles, with reconciled values: a record of
/// kind "incident" of the export contract (spec/INCIDENTS.md).
/// </summary>
public sealed record Incident
{
    public required string Id { get; init; }
    public string? Date { get; init; }
    public string DatePrecision { get; init; } = "unknown";
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public string? Location { get; init; }
    public string? Sublocation { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? GeoPrecision { get; init; }
    public string EventType { get; init; } = "other";
    public bool? Suicide { get; init; }
    public IReadOnlyList<string> Weapons { get; init; } = Array.Empty<string>();
    public IReadOnlyList<string> Targets { get; init; } = Array.Empty<string>();
    public string? Perpetrator { get; init; }
    public string Responsibility { get; init; } = "unknown";
    public CasualtyEstimate Killed { get; init; } = CasualtyEstimate.None;
    public CasualtyEstimate Injured { get; init; } = CasualtyEstimate.None;
    public IReadOnlyList<string> Documents { get; init; } = Array.Empty<string>();
    public string? Group { get; init; }
    public string Summary { get; init; } = "";
    public IReadOnlyList<Evidence> Evidence { get; init; } = Array.Empty<Evidence>();
    /// <summary>The reports this incident was linked from (not exported as such; kept for show and the API).</summary>
    public IReadOnlyList<string> ReportIds { get; init; } = Array.Empty<string>();
}

/// <summary>A coordinated wave of incidents: a record of kind "group".</summary>
public sealed record IncidentGroup
{
    public required string Id { get; init; }
    public IReadOnlyList<string> Members { get; init; } = Array.Empty<string>();
    public CasualtyEstimate Killed { get; init; } = CasualtyEstimate.None;
    public CasualtyEstimate Injured { get; init; } = CasualtyEstimate.None;
    public IReadOnlyList<string> Documents { get; init; } = Array.Empty<string>();
    public string Summary { get; init; } = "";
    public IReadOnlyList<Evidence> Evidence { get; init; } = Array.Empty<Evidence>();
}
