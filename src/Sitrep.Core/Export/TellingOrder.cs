using Sitrep.Model;

namespace Sitrep.Export;

/// <summary>
/// The order in which incidents are exported: by day (undated first, as the store keeps them), then, of one day's
/// incidents, in the order their first article tells them, then by id. Four attacks told in one article about one night
/// in one town come out as the article tells them (the checkpoint at 8 p.m., the farmhouse, the truck, the official at
/// midnight), not in the order of their ids' hashes.
/// </summary>
public static class TellingOrder
{
    public static IReadOnlyList<Incident> Of(IEnumerable<Incident> incidents) =>
        incidents.OrderBy(i => i.Date is null ? 0 : 1)
            .ThenBy(i => i.Date, StringComparer.Ordinal)
            .ThenBy(i => FirstTelling(i).Article, StringComparer.Ordinal)
            .ThenBy(i => FirstTelling(i).Number)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The incident's first report by article id, then by its number in the article ("ARTICLE#N": the N-th attack the
    /// extractor read there); an incident without reports sorts last of its day.
    /// </summary>
    private static (string Article, int Number) FirstTelling(Incident incident) =>
        incident.ReportIds.Select(Parse).DefaultIfEmpty((Article: "\uffff", Number: int.MaxValue))
            .OrderBy(r => r.Article, StringComparer.Ordinal).ThenBy(r => r.Number).First();

    private static (string Article, int Number) Parse(string reportId)
    {
        var hash = reportId.LastIndexOf('#');
        return hash > 0 && int.TryParse(reportId.AsSpan(hash + 1), out var n) ? (reportId[..hash], n) : (reportId, 0);
    }
}
