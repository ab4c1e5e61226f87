namespace Sitrep.Queries;

/// <summary>
/// Which incidents to keep; every criterion is optional and all given criteria must hold. Text matching folds case,
/// accents and spelling the way place names are folded ("qamishli" finds "Al Qāmishlī").
/// </summary>
public sealed record IncidentFilter
{
    /// <summary>No criterion: every incident.</summary>
    public static IncidentFilter All { get; } = new();

    /// <summary>First day; an incident dated only to a month or year is kept when that period reaches this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day, inclusive.</summary>
    public DateOnly? To { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code, any case.</summary>
    public string? Country { get; init; }

    /// <summary>First-level division, matched as a folded name ("Al-Hasakah" = "Hasakah").</summary>
    public string? Admin1 { get; init; }

    /// <summary>Canonical actor name, any case; <see cref="UnknownPerpetrator"/> keeps incidents with none.</summary>
    public string? Perpetrator { get; init; }

    /// <summary>One of the contract's event types.</summary>
    public string? EventType { get; init; }

    /// <summary>Keeps incidents whose best killed estimate is at least this (an unknown toll counts as 0).</summary>
    public int? MinKilled { get; init; }

    /// <summary>Words that must all occur in the summary, the place or the title of one of the incident's articles.</summary>
    public string? Text { get; init; }

    /// <summary>The <see cref="Perpetrator"/> value that asks for incidents with no known perpetrator.</summary>
    public const string UnknownPerpetrator = "unknown";

    /// <summary>This filter without its date range (what a timeline shows around a brushed range).</summary>
    public IncidentFilter WithoutDates() => this with { From = null, To = null };
}
