using Sitrep.Evaluation;
using Sitrep.Model;

namespace Sitrep.Bench.Linking;

/// <summary>
/// The ECB+ result, event by event: each gold event's documents with the incidents that list them (short id, day,
/// place, type, killed; with names, the name keys of each document), so that a split (one event in several incidents) or a document without an incident shows at a glance.
/// </summary>
public static class EcbPlusDetail
{
    public static void Print(IReadOnlyList<BCubedEcbPlusArticle> articles, IReadOnlyList<Incident> incidents, BCubedEcbPlusResult result, bool names = false)
    {
        var byId = incidents.ToDictionary(i => i.Id, StringComparer.Ordinal);
        foreach (var group in articles.GroupBy(a => a.Event))
        {
            var ids = group.SelectMany(a => result.IncidentsOfDocument.GetValueOrDefault(a.Id) ?? []).Distinct().Count();
            Console.WriteLine($"== {group.Key}: {group.Count()} documents, {ids} incidents");
            foreach (var a in group)
            {
                var mine = result.IncidentsOfDocument.GetValueOrDefault(a.Id) ?? [];
                var text = mine.Count == 0 ? "(none)" : string.Join(" | ", mine.Select(id => Describe(byId[id])));
                Console.WriteLine($"  {a.Id,-16} {text}");
                if (names) Console.WriteLine($"                   names: {string.Join("; ", Sitrep.Linking.NameKeys.Default.Of(a.Text))}");
            }
        }
    }

    private static string Describe(Incident i) =>
        $"{i.Id[4..10]} {i.Date ?? "-"} {i.Location ?? "?"}/{i.Admin1 ?? "?"}/{i.Country ?? "?"} {i.EventType} k={i.Killed.Best?.ToString() ?? "-"}";
}
