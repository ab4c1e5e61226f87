using Sitrep.Duplicates;
using Sitrep.Model;
using Sitrep.Storage;

namespace Sitrep.Linking;

/// <summary>
/// Links each new report to the incidents already stored. Candidates are looked up in the store's indexes, never by
/// scanning every incident: reports within a day and 50 km or the same province (<see cref="PlaceDayKeys"/>), reports
/// of the article's near-duplicates (<see cref="NearDuplicateDetector"/>), and, for reports without a day, reports of
/// articles that share names with it (<see cref="NameKeys"/>). Each candidate is judged by <see cref="ReportMatcher"/>,
/// and the incidents a report matches are merged into one, rebuilt from all its reports. Incidents are the connected
/// components of the "same incident" relation, so the result does not depend on the order reports arrive in, except
/// that no incident holds two reports <see cref="ReportMatcher.Apart"/> that do not match each other (two reports of one
/// article, two towns far apart): a report matching two such incidents joins the strongest match only (see
/// <see cref="Joinable"/>). Waves are then regrouped around the incidents touched.
/// </summary>
public sealed class IncidentLinker
{
    private readonly IIncidentStore _store;
    private readonly IncidentBuilder _builder;
    private readonly CasualtyReconciler _casualties;
    private readonly NearDuplicateDetector _duplicates;
    private readonly NameKeys _names;

    public IncidentLinker(IIncidentStore store, IncidentBuilder builder, CasualtyReconciler casualties, NameKeys? names = null)
    {
        _store = store;
        _builder = builder;
        _casualties = casualties;
        _duplicates = new NearDuplicateDetector(store);
        _names = names ?? NameKeys.Default;
    }

    /// <summary>Links the reports of one article (already saved) and regroups waves. Call inside a transaction.</summary>
    public void Link(Document document, ArticleReading reading)
    {
        var copyReports = _duplicates.Register(document)
            .SelectMany(p => _store.ReportsOfArticle(p.FirstId == document.Id ? p.SecondId : p.FirstId))
            .ToList();
        var namedReports = reading.Reports.Count == 0 ? [] : ReportsSharingNames(document);
        _store.SaveArticleKeys(document.Id, PlaceDayKeys.KeyKind, reading.Reports.SelectMany(PlaceDayKeys.Stored).Distinct(StringComparer.Ordinal));
        _store.SaveArticleKeys(document.Id, TownTollKeys.KeyKind, reading.Reports.SelectMany(TownTollKeys.Of).Distinct(StringComparer.Ordinal));
        _store.SaveArticleKeys(document.Id, TownMonthKeys.KeyKind, reading.Reports.SelectMany(TownMonthKeys.Of).Distinct(StringComparer.Ordinal));
        _store.SaveArticleKeys(document.Id, CorrectionKeys.KeyKind, reading.Reports.SelectMany(CorrectionKeys.Of).Distinct(StringComparer.Ordinal));

        var touched = new HashSet<string>(StringComparer.Ordinal);
        var staleGroups = new HashSet<string>(StringComparer.Ordinal);
        List<IncidentReport> Matches(IncidentReport report)
        {
            var matches = new List<IncidentReport>();
            matches.AddRange(ReportsUnderKeys(PlaceDayKeys.KeyKind, PlaceDayKeys.Lookup(report), document.Id).Where(other => ReportMatcher.SameIncident(report, other)));
            matches.AddRange(copyReports.Where(other => ReportMatcher.SameIncidentInCopies(report, other)));
            matches.AddRange(ReportsUnderKeys(TownTollKeys.KeyKind, TownTollKeys.Of(report), document.Id).Where(other => ReportMatcher.SameTownAndToll(report, other)));
            matches.AddRange(ReportsUnderKeys(TownMonthKeys.KeyKind, TownMonthKeys.Of(report), document.Id).Where(other => ReportMatcher.SameMonthTownAndToll(report, other) || ReportMatcher.SameMonthTownAndKind(report, other)));
            matches.AddRange(ReportsUnderKeys(CorrectionKeys.KeyKind, CorrectionKeys.Of(report), document.Id).Where(other => ReportMatcher.Corrects(report, other)));
            matches.AddRange(namedReports.Where(n => ReportMatcher.SameUndatedIncident(report, n.Report, n.SharedNames)
                                                     || ReportMatcher.SameTownAttackDaysApart(report, n.Report, n.SharedNames)).Select(n => n.Report));
            // a correction's report joins the report it corrects, by no other rule (it has no day of its own, and the names
            // it shares with the corrected article are also those of the other attacks that article tells)
            matches.RemoveAll(other => (report.CorrectsArticleOf is not null || other.CorrectsArticleOf is not null) && !ReportMatcher.Corrects(report, other));
            return matches;
        }
        // a report that matches one at its own town links first: of an article's two reports of one day a few km apart (the
        // scene and the hospital's town), the one at the town of an incident already told joins it, and the other, kept
        // apart from it as a report of the same article, cannot take its place there
        var found = reading.Reports.Select(report => (Report: report, Matches: Matches(report))).ToList();
        foreach (var (report, matches) in found.OrderByDescending(x => x.Matches.Any(other => SameTown(x.Report, other))))
        {
            var matched = new Dictionary<string, List<IncidentReport>>(StringComparer.Ordinal);
            foreach (var other in matches)
                if (_store.IncidentOfReport(other.Id) is { } incidentId)
                {
                    if (!matched.TryGetValue(incidentId, out var direct)) matched[incidentId] = direct = [];
                    if (!direct.Any(d => d.Id == other.Id)) direct.Add(other);
                }
            var component = new List<IncidentReport> { report };
            foreach (var (incidentId, members) in Joinable(report, matched))
            {
                component.AddRange(members);
                if (_store.Incident(incidentId)?.Group is { } g) staleGroups.Add(g);
                _store.DeleteIncident(incidentId);
                touched.Remove(incidentId);
            }
            var incident = _builder.Build(component, null, Copies(component));
            _store.LinkReports(component.Select(r => r.Id), incident.Id);
            _store.SaveIncident(incident);
            touched.Add(incident.Id);
        }
        Regroup(touched, staleGroups);
    }

    /// <summary>
    /// The incidents the report joins, with their reports: of those it matches, strongest first (one with a report at the
    /// report's own town (<see cref="SameTown"/>), then the most reports matched, then the most alike (<see cref="ReportMatcher.Affinity"/>), then the nearest, then by id), each unless one of its reports is <see cref="ReportMatcher.Apart"/> from a report
    /// already joined (the report itself included, save the reports it matched). So a report between two attacks joins
    /// one of them and never chains them into one incident: incidents are sets of reports that all may be one attack.
    /// </summary>
    private List<(string Id, IReadOnlyList<IncidentReport> Reports)> Joinable(IncidentReport report, Dictionary<string, List<IncidentReport>> matched)
    {
        var direct = matched.Values.SelectMany(m => m).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        double Nearest(List<IncidentReport> reports) =>
            report.Place is null ? 0 : reports.Where(r => r.Place is not null).Select(r => r.Place!.KilometresTo(report.Place)).DefaultIfEmpty(0).Min();
        var joined = new List<(string, IReadOnlyList<IncidentReport>)>();
        var component = new List<IncidentReport> { report };
        foreach (var (incidentId, reports) in matched.OrderByDescending(m => m.Value.Any(r => SameTown(report, r))).ThenByDescending(m => m.Value.Count)
                     .ThenByDescending(m => m.Value.Max(r => ReportMatcher.Affinity(report, r)))
                     .ThenBy(m => Nearest(m.Value)).ThenBy(m => m.Key, StringComparer.Ordinal))
        {
            var members = _store.ReportsOfIncident(incidentId);
            if (members.Any(x => component.Any(y => ReportMatcher.Apart(x, y) && !(y.Id == report.Id && direct.Contains(x.Id))))) continue;
            component.AddRange(members);
            joined.Add((incidentId, members));
        }
        return joined;
    }

    /// <summary>
    /// Both reports are placed at one town. Of two incidents a report matches (two attacks of one night in one province,
    /// both told by several outlets), it joins the one at its own town before one 40 km off, however many reports or
    /// words the other shares with it.
    /// </summary>
    private static bool SameTown(IncidentReport a, IncidentReport b) =>
        a.Place is { Kind: PlaceKind.City } pa && b.Place is { Kind: PlaceKind.City } pb && pa.GeonameId == pb.GeonameId;

    /// <summary>The reports of other articles stored under any of <paramref name="keys"/> of one kind (none when there are no keys).</summary>
    private IEnumerable<IncidentReport> ReportsUnderKeys(string kind, IReadOnlyList<string> keys, string articleId) =>
        keys.Count == 0 ? [] : _store.ArticlesSharingKeys(kind, keys)
            .Where(m => m.ArticleId != articleId)
            .SelectMany(m => _store.ReportsOfArticle(m.ArticleId));

    /// <summary>The reports of other articles that share at least <see cref="ReportMatcher.MinSharedNames"/> names with this one (names are recorded for later articles).</summary>
    private List<(IncidentReport Report, int SharedNames)> ReportsSharingNames(Document document)
    {
        var names = _names.Of(document.Text);
        _store.SaveArticleKeys(document.Id, NameKeys.KeyKind, names);
        if (names.Count < ReportMatcher.MinSharedNames) return [];
        return _store.ArticlesSharingKeys(NameKeys.KeyKind, names)
            .Where(m => m.ArticleId != document.Id && m.Shared >= ReportMatcher.MinSharedNames)
            .SelectMany(m => _store.ReportsOfArticle(m.ArticleId).Select(r => (r, m.Shared)))
            .ToList();
    }

    /// <summary>Which documents of these reports are copies of which (each document dated by its earliest report).</summary>
    private CopyMap Copies(IReadOnlyCollection<IncidentReport> reports)
    {
        var published = reports.GroupBy(r => r.ArticleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(r => r.Published), StringComparer.Ordinal);
        return published.Count < 2 ? CopyMap.None : CopyMap.Build(published, _store.NearDuplicatesOf(published.Keys));
    }

    /// <summary>Rebuilds the groups (waves) around the given incidents: incidents whose reports share a wave are one group.</summary>
    private void Regroup(IEnumerable<string> incidentIds, HashSet<string> staleGroups)
    {
        var pending = new Queue<string>(incidentIds);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var start = pending.Dequeue();
            if (!seen.Add(start)) continue;
            // the component of incidents connected through waves
            var members = new SortedSet<string>(StringComparer.Ordinal) { start };
            var waves = new SortedDictionary<string, WaveReport>(StringComparer.Ordinal);
            var reports = new Dictionary<string, IncidentReport>(StringComparer.Ordinal);
            var frontier = new Queue<string>();
            frontier.Enqueue(start);
            while (frontier.Count > 0)
            {
                var incidentId = frontier.Dequeue();
                var incidentReports = _store.ReportsOfIncident(incidentId);
                foreach (var r in incidentReports) reports[r.Id] = r;
                foreach (var wave in _store.WavesOfReports(incidentReports.Select(r => r.Id)))
                {
                    if (!waves.TryAdd(wave.Id, wave)) continue;
                    foreach (var member in wave.MemberReportIds)
                        if (_store.IncidentOfReport(member) is { } other && members.Add(other)) { frontier.Enqueue(other); seen.Add(other); }
                }
            }
            var incidents = members.Select(id => _store.Incident(id)).Where(i => i is not null).Cast<Incident>().ToList();
            foreach (var i in incidents) if (i.Group is not null) staleGroups.Add(i.Group);
            string? groupId = null;
            if (incidents.Count >= 2 && waves.Count > 0)
            {
                DateOnly? Published(WaveReport w) => w.MemberReportIds.Select(m => reports.GetValueOrDefault(m)?.Published).Min();
                var first = waves.Values.OrderBy(w => Published(w) ?? DateOnly.MaxValue).ThenBy(w => w.Id, StringComparer.Ordinal).First();
                groupId = "grp-" + Hashing.Short(first.Id, 12);
                var published = waves.Values.GroupBy(w => w.ArticleId, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Min(Published), StringComparer.Ordinal);
                var copies = published.Count < 2 ? CopyMap.None : CopyMap.Build(published, _store.NearDuplicatesOf(published.Keys));
                var group = new IncidentGroup
                {
                    Id = groupId,
                    Members = incidents.Select(i => i.Id).Order(StringComparer.Ordinal).ToList(),
                    Killed = _casualties.Reconcile(waves.Values.SelectMany(w => w.Killed), copies),
                    Injured = _casualties.Reconcile(waves.Values.SelectMany(w => w.Injured), copies),
                    Documents = waves.Values.Select(w => w.ArticleId).Distinct().Order(StringComparer.Ordinal).ToList(),
                    Evidence = waves.Values.SelectMany(w => w.Evidence).ToList(),
                };
                group = group with { Summary = Summaries.OfGroup(group, incidents) };
                staleGroups.Remove(groupId);
                _store.SaveGroup(group);
            }
            foreach (var i in incidents)
                if (i.Group != groupId) _store.SaveIncident(i with { Group = groupId });
        }
        foreach (var g in staleGroups) _store.DeleteGroup(g);
    }
}
