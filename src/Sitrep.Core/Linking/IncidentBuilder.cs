using Sitrep.Duplicates;
using Sitrep.Model;

namespace Sitrep.Linking;

/// <summary>
/// Builds an incident from the reports linked to it: the most common day, the most precise and most
/// reported place (of towns far apart reported alike, the smaller: <see cref="TownsApart"/>; a copy of another document does not vote), the perpetrator with the strongest statement and
/// its responsibility (<see cref="Responsibility"/>), weapons and targets of all reports (civilians told only by a toll give way to a report that names who was hit), and reconciled casualty
/// estimates. A pure function of the set of reports and the copies among their documents.
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

    /// <summary>
    /// "inc-" and a digest of the incident's first report: the earliest published (undated last), then the smallest id.
    /// Reports published later, the usual way news arrives, leave the id unchanged.
    /// </summary>
    public static string IncidentId(IEnumerable<IncidentReport> reports) => "inc-" + Hashing.Short(First(reports).Id, 12);

    /// <summary>The earliest published report (undated last), then the one with the smallest id.</summary>
    public static IncidentReport First(IEnumerable<IncidentReport> reports) =>
        reports.OrderBy(r => r.Published ?? DateOnly.MaxValue).ThenBy(r => r.Id, StringComparer.Ordinal).First();

    public Incident Build(IReadOnlyList<IncidentReport> unordered, string? groupId, CopyMap? copies = null)
    {
        copies ??= CopyMap.None;
        var reports = unordered.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        // a copy repeats its original: it does not vote (unless only copies are left)
        var voters = reports.Where(r => !copies.IsCopy(r.ArticleId)).ToList();
        if (voters.Count == 0) voters = reports;
        var day = voters.Where(r => r.Date is not null)
            .GroupBy(r => (r.Date, r.DatePrecision))
            .OrderBy(g => PrecisionRank(g.Key.DatePrecision)).ThenByDescending(g => g.Count()).ThenBy(g => g.Key.Date, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
        // a report that denies another day ("it did not happen on Thursday, as first reported") dates the attack: the latest
        if (voters.Where(r => r.CorrectsDate && r.Date is not null)
                .OrderByDescending(r => r.Published ?? DateOnly.MinValue).ThenBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault() is { } redated)
            day = (redated.Date, redated.DatePrecision);
        var places = voters.Where(r => r.Place is not null).Select(r => r.Place!).ToList();
        var smallerFirst = TownsApart(places);
        var place = places
            .GroupBy(p => p.GeonameId)
            .OrderBy(g => (int)g.First().Kind).ThenByDescending(g => g.Count())
            .ThenBy(g => smallerFirst ? g.First().Population : -g.First().Population).ThenBy(g => g.Key)
            .Select(g => g.First()).FirstOrDefault();
        // a correction ("the bar is in Z, not in Y") places the attack whatever the article it corrects said: the latest
        if (voters.Where(r => r.CorrectsArticleOf is not null && r.Place is not null)
                .OrderByDescending(r => r.Published ?? DateOnly.MinValue).ThenBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault() is { } correction)
            place = correction.Place;
        var eventType = voters.GroupBy(r => r.EventType)
            .OrderBy(g => g.Key == "other" ? 1 : 0).ThenByDescending(g => g.Count()).ThenBy(g => EventTypes.Rank(g.Key))
            .Select(g => g.Key).FirstOrDefault() ?? "other";
        var (perpetrator, responsibility) = Responsibility(reports);
        var perpetrators = reports.Where(r => r.Perpetrator is not null).Select(r => r.Perpetrator!).Distinct().ToList();
        var killed = _casualties.Reconcile(reports.SelectMany(r => r.Killed), copies, perpetrators);
        var injured = _casualties.Reconcile(reports.SelectMany(r => r.Injured), copies, perpetrators);
        var weapons = Weapons(reports, eventType);
        eventType = ByWeapons(eventType, voters, weapons);
        // one outlet tells the bomb set under the official's car (IncidentReport.AimedAtOfficial), another only "a car bomb": a
        // killing aimed at the official
        if (eventType == "bombing" && reports.Any(r => r.AimedAtOfficial)) eventType = "assassination";
        var targets = Targets(reports);
        var suicide = Suicide(reports);
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
            Perpetrator = perpetrator,
            Responsibility = responsibility,
            Killed = killed,
            Injured = injured,
            Documents = reports.Select(r => r.ArticleId).Distinct().Order(StringComparer.Ordinal).ToList(),
            Group = groupId,
            Evidence = evidence,
            ReportIds = reports.Select(r => r.Id).ToList(),
        };
        return incident with { Summary = Summaries.Of(incident, place is null ? null : _countryName(place.CountryCode)) };
    }

    /// <summary>
    /// The targets of all reports. A report that read no target word, only a toll ("the death toll rose to three", "two
    /// dead"), counts its dead as civilians; when every report with civilians is such a one and another report of the attack
    /// names who was hit (the officers, the councillor, the reporter: a class that is no public site's), that one says who
    /// the dead were, and the civilians go.
    /// </summary>
    public static List<string> Targets(IReadOnlyList<IncidentReport> reports)
    {
        var targets = reports.SelectMany(r => r.Targets).Distinct().Order(StringComparer.Ordinal).ToList();
        if (reports.Where(r => r.Targets.Contains("civilians")).All(r => r.CiviliansByHarm) && reports.Any(r => r.NamesWhoWasHit))
            targets.Remove("civilians");
        return targets;
    }

    /// <summary>
    /// The reports place the attack at towns that are not near each other (linked by the names their articles share,
    /// anywhere in one province): of towns named by as many reports, the smaller is the scene, the bigger the town
    /// the news passed through (the hospital the wounded were taken to, the seat of the police who spoke). Villagers
    /// attacked at Smallville, their wounded counted at the Bigtown hospital 30 km off: Smallville. Towns near each
    /// other keep the bigger (a city's name stands for its suburbs).
    /// </summary>
    public static bool TownsApart(IReadOnlyList<Place> places) =>
        places.Any(p => p.Kind == PlaceKind.City && places.Any(q => q.Kind == PlaceKind.City && !ReportMatcher.Near(p, q)));

    /// <summary>
    /// A suicide attack when any report says so; no suicide attack when a report tells its bomb laid and left to go off
    /// and none says it was one; unknown otherwise.
    /// </summary>
    public static bool? Suicide(IReadOnlyList<IncidentReport> reports) =>
        reports.Any(r => r.Suicide == true) ? true : reports.Any(r => r.Suicide == false) ? false : null;

    /// <summary>
    /// The incident's type as its weapons of all reports tell it, beside the reports' vote (the gold's convention): shots
    /// and a charge thrown beside them (Model.Weapons.ThrownCharges: "opened fire and threw a grenade"), no device laid,
    /// driven or worn, make an armed assault (or the kidnapping or assassination a report tells), though an outlet that
    /// told only the grenade called it a bombing; a device laid, driven or worn (Model.Weapons.SetDevices: "a roadside
    /// bomb, then gunfire") keeps the bombing a report tells, though an outlet that told the shots with a bare "explosion"
    /// called it an armed assault. Drones and no charge of their own in any report (no bomb, grenade or explosive named:
    /// "drones struck the depot; explosions shook the district") are an air strike, though their blasts read as a bombing;
    /// a drone that carried or dropped a named charge stays a bombing (the gold's convention).
    /// </summary>
    public static string ByWeapons(string eventType, IReadOnlyList<IncidentReport> voters, IReadOnlyCollection<string> weapons)
    {
        var set = weapons.ToHashSet(StringComparer.Ordinal);
        if (eventType == "bombing" && set.Contains("drone") && set.All(w => w is "drone" or "aircraft")) return "air_strike";
        if (set.Overlaps(Model.Weapons.SetDevices))
            return eventType == "armed_assault" && voters.Any(r => r.EventType == "bombing") ? "bombing" : eventType;
        if (eventType != "bombing" || !set.Contains("firearm") || !set.Overlaps(Model.Weapons.ThrownCharges)) return eventType;
        return voters.Where(r => r.EventType is "kidnapping" or "assassination").GroupBy(r => r.EventType)
            .OrderByDescending(g => g.Count()).ThenBy(g => EventTypes.Rank(g.Key)).Select(g => g.Key).FirstOrDefault() ?? "armed_assault";
    }

    /// <summary>
    /// The weapons of all reports; a bare "explosive" (one outlet's "a blast") goes when another names the device ("an
    /// explosive vest", "a roadside bomb"): one device, told more or less precisely; a fire goes beside a blast (what the
    /// blast set alight, <see cref="Model.Weapons.DropFireOfBlast"/>). When no report names a weapon, the
    /// incident's attack type implies one (an armed assault: firearm; a bombing: explosive). A suicide attack's bare
    /// "explosive" is the charge its bombers wore (<see cref="Model.Weapons.WornBySuicide"/>).
    /// </summary>
    public static List<string> Weapons(IEnumerable<IncidentReport> reports, string? eventType = null)
    {
        var reportList = reports.ToList();
        var weapons = reportList.SelectMany(r => r.Weapons).ToHashSet(StringComparer.Ordinal);
        Model.Weapons.DropBareExplosive(weapons);
        Model.Weapons.DropFireOfBlast(weapons);
        Model.Weapons.WornBySuicide(weapons, Suicide(reportList));
        if (eventType is not null) Model.Weapons.AddImplied(weapons, eventType);
        return weapons.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The perpetrator with the strongest statement (claimed, then attributed, suspected, denied; then the most reports),
    /// and its responsibility: its own latest word when it spoke (a later claim upgrades "attributed" to "claimed", a
    /// denial is kept over others' blame; on the same day a claim wins), else the strongest of the others' statements.
    /// A report that tells only the accused's denial, without naming the group ("the group accused by the minister denies
    /// everything": responsibility "denied", no perpetrator), speaks for the group the other reports blame when that
    /// group never claimed it and the denial was published no earlier than the first blame.
    /// </summary>
    public static (string? Perpetrator, string Responsibility) Responsibility(IReadOnlyList<IncidentReport> reports)
    {
        var named = reports.Where(r => r.Perpetrator is not null).ToList();
        if (named.Count == 0) return (null, "unknown");
        var actor = named.GroupBy(r => r.Perpetrator!)
            .OrderBy(g => g.Min(r => Rank(r.Responsibility))).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First();
        var own = actor.Where(r => r.Responsibility is "claimed" or "denied")
            .OrderByDescending(r => r.Published ?? DateOnly.MinValue).ThenBy(r => Rank(r.Responsibility)).ThenBy(r => r.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        if (own is null && UnnamedDenialAfterBlame(reports, actor.ToList())) return (actor.Key, "denied");
        return (actor.Key, own?.Responsibility ?? actor.OrderBy(r => Rank(r.Responsibility)).First().Responsibility);
    }

    /// <summary>
    /// A report with no perpetrator and responsibility "denied" (the accused's denial told without its name), published
    /// on or after the first report that blames the group (<paramref name="blamed"/>: others' statements only).
    /// </summary>
    private static bool UnnamedDenialAfterBlame(IReadOnlyList<IncidentReport> reports, List<IncidentReport> blamed)
    {
        var firstBlame = blamed.Where(r => r.Published is not null).Select(r => r.Published!.Value).DefaultIfEmpty(DateOnly.MinValue).Min();
        return reports.Any(r => r.Perpetrator is null && r.Responsibility == "denied" && (r.Published ?? DateOnly.MaxValue) >= firstBlame);
    }

    private static int Rank(string responsibility) => Array.IndexOf(ResponsibilityRank, responsibility) is var i and >= 0 ? i : ResponsibilityRank.Length;

    private static int PrecisionRank(string precision) => precision switch { "day" => 0, "month" => 1, "year" => 2, _ => 3 };
}
