namespace Sitrep.Model;

/// <summary>
/// What one article says about one attack: the extractor's output, before linking across articles.
/// Every filled value has its evidence in <see cref="Evidence"/>.
/// </summary>
public sealed record IncidentReport
{
    /// <summary>"ARTICLEID#N", N counting the article's reports from 1 in text order.</summary>
    public required string Id { get; init; }
    public required string ArticleId { get; init; }
    public DateOnly? Published { get; init; }

    /// <summary>"YYYY-MM-DD", "YYYY-MM", "YYYY" or null.</summary>
    public string? Date { get; init; }
    public string DatePrecision { get; init; } = "unknown";

    /// <summary>
    /// The day was counted on from a day the text names, past midnight of it ("21:40 - shots", then "00:35 - a bus on
    /// fire"): read from the text even when it is the publication day.
    /// </summary>
    public bool DayPastMidnight { get; init; }

    /// <summary>
    /// The day is the later one of a night told as running from one day into the next ("the night of Saturday 18 to
    /// Sunday 19", "overnight Friday into Saturday"), dated by its small hours: another outlet may date the same attack
    /// by the evening that night began on (<see cref="Linking.ReportMatcher.SameIncident"/>). Unlike
    /// <see cref="DayPastMidnight"/> (a live blog's stamps, which tell the hours of one night apart), the text names both days.
    /// </summary>
    public bool DayEndsNight { get; init; }

    public Place? Place { get; init; }
    public string? Sublocation { get; init; }
    /// <summary>Keys of the streets the report's sentences name ("elm" for "the 900 block of North Elm Street").</summary>
    public IReadOnlyList<string> Streets { get; init; } = Array.Empty<string>();

    public string EventType { get; init; } = "other";
    public bool? Suicide { get; init; }
    public IReadOnlyList<string> Weapons { get; init; } = Array.Empty<string>();
    public IReadOnlyList<string> Targets { get; init; } = Array.Empty<string>();
    /// <summary>
    /// "civilians" is the report's only target because people were killed, hurt or taken and it read no target word at all,
    /// neither who they were nor where ("the death toll rose to three", "two dead", "the colleague who was wounded").
    /// </summary>
    public bool CiviliansByHarm { get; init; }
    /// <summary>A target word of the report names who was hit (police, military, government, journalists ...: a class that is no public site's).</summary>
    public bool NamesWhoWasHit { get; init; }
    /// <summary>
    /// A bomb set under the vehicle of an official, who is all the report says it hit ("an explosive device placed under his car
    /// killed the prosecutor"): a killing aimed at one person, an assassination whatever type another outlet's "car bomb" gives it.
    /// </summary>
    public bool AimedAtOfficial { get; init; }

    public string? Perpetrator { get; init; }
    /// <summary>Other names the article gives the perpetrator in brackets ("X (Y in French)", "X (XY)"): another outlet's report naming it so is the same group.</summary>
    public IReadOnlyList<string> PerpetratorAliases { get; init; } = Array.Empty<string>();
    /// <summary>claimed, attributed, suspected, denied or unknown.</summary>
    public string Responsibility { get; init; } = "unknown";

    public IReadOnlyList<CasualtyFigure> Killed { get; init; } = Array.Empty<CasualtyFigure>();
    public IReadOnlyList<CasualtyFigure> Injured { get; init; } = Array.Empty<CasualtyFigure>();

    /// <summary>The id of the article's wave this attack belongs to, or null.</summary>
    public string? WaveId { get; init; }

    /// <summary>
    /// The report is a correction of an article of this publication day ("Our report of 3 May on a
    /// cafe bombing gave five dead; the toll was four ..."): it joins that article's report of the
    /// attack (<see cref="Linking.ReportMatcher.Corrects"/>), and its place wins over the corrected one's.
    /// </summary>
    public DateOnly? CorrectsArticleOf { get; init; }

    /// <summary>
    /// The report's article denies another day of the attack ("it did not happen at 10 p.m. on Sunday, as first
    /// reported") and dates it otherwise: when the incident's reports disagree on the day, the latest correcting one's
    /// wins (<see cref="Linking.IncidentBuilder"/>).
    /// </summary>
    public bool CorrectsDate { get; init; }

    /// <summary>True for an earlier attack mentioned as background.</summary>
    public bool Background { get; init; }

    public IReadOnlyList<Evidence> Evidence { get; init; } = Array.Empty<Evidence>();
}

/// <summary>What one article says about a coordinated series of attacks: its members and its totals.</summary>
public sealed record WaveReport
{
    /// <summary>"ARTICLEID~wN".</summary>
    public required string Id { get; init; }
    public required string ArticleId { get; init; }
    public IReadOnlyList<string> MemberReportIds { get; init; } = Array.Empty<string>();
    public IReadOnlyList<CasualtyFigure> Killed { get; init; } = Array.Empty<CasualtyFigure>();
    public IReadOnlyList<CasualtyFigure> Injured { get; init; } = Array.Empty<CasualtyFigure>();
    public IReadOnlyList<Evidence> Evidence { get; init; } = Array.Empty<Evidence>();
}

/// <summary>All an article yields: its attacks and its waves.</summary>
public sealed record ArticleReading(string ArticleId, IReadOnlyList<IncidentReport> Reports, IReadOnlyList<WaveReport> Waves)
{
    public static ArticleReading Empty(string articleId) => new(articleId, Array.Empty<IncidentReport>(), Array.Empty<WaveReport>());
}
