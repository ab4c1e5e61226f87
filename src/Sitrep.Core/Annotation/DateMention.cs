namespace Sitrep.Annotation;

/// <summary>
/// A date or time expression resolved against the publication date: "Monday", "yesterday", "last night",
/// "on Sept. 5", "September 5, 2016", "in February", "earlier this month", "since March 2011".
/// <see cref="Date"/> is the resolved day (for month or year precision, the first day of it);
/// <see cref="Precision"/> is "day", "month" or "year"; <see cref="Since"/> marks a starting point
/// ("since 2011"), which speaks of a period, not an attack's date. <see cref="CountedBack"/> marks a count of days
/// back from the day its sentence tells ("nine days after he was shot"). <see cref="Approximate"/> marks such a day
/// that dates an attack only roughly ("a week after the shooting"): it dates its frame for want of any other day.
/// </summary>
public sealed record DateMention(int Start, int End, DateOnly Date, string Precision, bool Since = false, bool CountedBack = false, bool Approximate = false)
{
    public Model.TextSpan Span => new(Start, End);

    /// <summary>
    /// The day was counted from publication by a word alone ("yesterday", "last night", "overnight", "today"; dates.tsv
    /// kind relative): a line that tells its own day of report counts it from that day instead.
    /// </summary>
    public bool Relative { get; init; }

    /// <summary>
    /// The day was counted back from publication by a count of units and the word after it ("2 days ago", "a week ago";
    /// dates.tsv kinds unit and ago), not to the same calendar day ("a year ago today").
    /// </summary>
    public bool Ago { get; init; }

    /// <summary>
    /// The day stands on a date line of its own (<see cref="Dates.DateRecognizer.StandsOnItsLine"/>): a page's or an
    /// entry's stamp, which dates the entry below it, not an act.
    /// </summary>
    public bool OwnLine { get; init; }

    /// <summary>The contract's date string: YYYY-MM-DD, YYYY-MM or YYYY.</summary>
    public string Value => Precision switch
    {
        "day" => Date.ToString("yyyy-MM-dd"),
        "month" => Date.ToString("yyyy-MM"),
        _ => Date.ToString("yyyy"),
    };
}
