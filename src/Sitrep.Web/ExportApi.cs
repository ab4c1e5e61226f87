using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sitrep.Export;
using Sitrep.Queries;

namespace Sitrep.Web;

/// <summary>
/// <c>GET /api/export?format=jsonl|csv|geojson</c>: what <c>sitrep export</c> writes, as a download. With filters, the
/// incidents they keep and the groups with a member among them; without, byte for byte the command's output.
/// </summary>
public static class ExportApi
{
    private static readonly Dictionary<string, (string ContentType, string Extension)> Media = new(StringComparer.Ordinal)
    {
        ["jsonl"] = ("application/jsonl; charset=utf-8", "jsonl"),
        ["csv"] = ("text/csv; charset=utf-8", "csv"),
        ["geojson"] = ("application/geo+json; charset=utf-8", "geojson"),
    };

    public static void Map(IEndpointRouteBuilder api) => api.MapGet("/export", Export);

    public static IResult Export(HttpRequest request, StoreGate gate)
    {
        var reader = new QueryReader(request.Query, ["format", .. QueryReader.FilterNames]);
        var format = reader.OneOf("format", Exporters.Formats);
        if (format is null && !reader.Errors.ContainsKey("format")) reader.Error("format", $"'format' is required: one of {string.Join(", ", Exporters.Formats)}.");
        var filter = reader.Filter();
        if (reader.HasErrors) return ApiProblems.BadParameters(reader.Errors);
        var exporter = Exporters.For(format!);
        var text = gate.Read(store =>
        {
            // Read afresh: a download is the database as it is now.
            var query = new IncidentQuery(store.Incidents(), id => gate.Heading(store, id)?.Title);
            var everything = filter == IncidentFilter.All;
            var incidents = everything ? query.Incidents : query.Matching(filter);
            var ids = incidents.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
            var groups = store.Groups().Where(g => everything || g.Members.Any(ids.Contains)).ToList();
            var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
            using var output = new StringWriter();
            exporter.Write(output, TellingOrder.Of(incidents), groups, id =>
            {
                if (!texts.TryGetValue(id, out var t)) texts[id] = t = store.Article(id)?.Text;
                return t;
            });
            return output.ToString();
        });
        var (contentType, extension) = Media[exporter.Format];
        return TypedResults.File(new UTF8Encoding(false).GetBytes(text), contentType, $"sitrep-incidents.{extension}");
    }
}
