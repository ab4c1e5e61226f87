using Sitrep.Model;
using Sitrep.Storage;

namespace Sitrep.Linking;

/// <summary>
/// Links each new report to the incidents already stored: candidates are looked up by country and day (not by
/// scanning every incident), matched with <see cref="ReportMatcher"/>, and every incident a report matches is merged
/// into one, rebuilt from all its reports. Incidents are the connected components of the "same incident" relation,
/// so the result does not depend on the order reports arrive in. Waves are then regrouped around the incidents touched.
/// </summary>
public sealed class IncidentLinker
{
    private readonly IIncidentStore _store;
    private readonly IncidentBuilder _builder;
    private readonly CasualtyReconciler _casualties;

    public IncidentLinker(IIncidentStore store, IncidentBuilder builder, CasualtyReconciler casualties)
    {
        _store = store;
        _builder = builder;
        _casualties = casualties;
    }

    /// <summary>Links the reports of one article (already saved) and regroups waves. Call inside a transaction.</summary>
    public void Link(ArticleReading reading)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var staleGroups = new HashSet<string>(StringComparer.Ordinal);
        foreach (var report in reading.Reports)
        {
            var component = new List<IncidentReport> { report };
            var merged = new SortedSet<string>(StringComparer.Ordinal);
            if (report.Place is not null && ReportMatcher.Day(report) is { } day)
            {
                foreach (var other in _store.ReportsNear(report.Place.CountryCode, day.AddDays(-ReportMatcher.MaxDayGap), day.AddDays(ReportMatcher.MaxDayGap)))
                {
                    if (other.Id == report.Id || !ReportMatcher.SameIncident(report, other)) continue;
                    if (_store.IncidentOfReport(other.Id) is { } incidentId) merged.Add(incidentId);
                }
            }
            foreach (var incidentId in merged)
            {
                component.AddRange(_store.ReportsOfIncident(incidentId));
                if (_store.Incident(incidentId)?.Group is { } g) staleGroups.Add(g);
                _store.DeleteIncident(incidentId);
                touched.Remove(incidentId);
            }
            var incident = _builder.Build(component, null);
            _store.LinkReports(component.Select(r => r.Id), incident.Id);
            _store.SaveIncident(incident);
            touched.Add(incident.Id);
        }
        Regroup(touched, staleGroups);
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
            var frontier = new Queue<string>();
            frontier.Enqueue(start);
            while (frontier.Count > 0)
            {
                var incidentId = frontier.Dequeue();
                foreach (var wave in _store.WavesOfReports(_store.ReportsOfIncident(incidentId).Select(r => r.Id)))
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
                groupId = "grp-" + Hashing.Short(waves.Keys.First(), 12);
                var group = new IncidentGroup
                {
                    Id = groupId,
                    Members = incidents.Select(i => i.Id).Order(StringComparer.Ordinal).ToList(),
                    Killed = _casualties.Reconcile(waves.Values.SelectMany(w => w.Killed)),
                    Injured = _casualties.Reconcile(waves.Values.SelectMany(w => w.Injured)),
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
