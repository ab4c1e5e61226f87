using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sitrep.Export;
using Sitrep.Model;
using Sitrep.Queries;
using Sitrep.Storage;

namespace Sitrep.Web;

/// <summary><c>GET /api/incidents</c> (filtered, ordered, paged) and <c>GET /api/incidents/{id}</c> (everything about one).</summary>
public static class IncidentsApi
{
    public static readonly string[] ListParameters = [.. QueryReader.FilterNames, "offset", "limit", "sort"];
    public static readonly string[] Sorts = ["-date", "date", "-killed"];
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/incidents", List);
        api.MapGet("/incidents/{id}", One);
    }

    public static IResult List(HttpRequest request, StoreGate gate)
    {
        var reader = new QueryReader(request.Query, ListParameters);
        var filter = reader.Filter();
        var offset = reader.Integer("offset", 0, 0, int.MaxValue);
        var limit = reader.Integer("limit", DefaultLimit, 1, MaxLimit);
        var sort = reader.OneOf("sort", Sorts) ?? Sorts[0];
        if (reader.HasErrors) return ApiProblems.BadParameters(reader.Errors);
        var order = sort switch { "date" => IncidentOrder.DateAscending, "-killed" => IncidentOrder.KilledDescending, _ => IncidentOrder.DateDescending };
        var page = gate.Query(q => q.Page(filter, order, offset, limit));
        return TypedResults.Ok(new IncidentListPage(page.Total, offset, limit, sort, page.Items.Select(IncidentListItem.Of).ToList()));
    }

    /// <summary>
    /// The incident's contract record (as <c>export --format jsonl</c> writes it), plus <c>sources</c> (its articles),
    /// <c>reports</c> (what each article said) and <c>group_record</c> (its wave's contract record, or null).
    /// </summary>
    public static IResult One(string id, HttpRequest request, StoreGate gate)
    {
        var reader = new QueryReader(request.Query, []);
        if (reader.HasErrors) return ApiProblems.BadParameters(reader.Errors);
        return gate.Read<IResult>(store =>
        {
            var incident = store.Incident(id);
            if (incident is null) return ApiProblems.NotFound("incident", id);
            var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
            string? TextOf(string document)
            {
                if (!texts.TryGetValue(document, out var text)) texts[document] = text = store.Article(document)?.Text;
                return text;
            }
            var indexes = new Dictionary<string, CodePointIndex?>(StringComparer.Ordinal);
            CodePointIndex? IndexOf(string document)
            {
                if (!indexes.TryGetValue(document, out var index)) indexes[document] = index = TextOf(document) is { } t ? new CodePointIndex(t) : null;
                return index;
            }
            var group = incident.Group is { } g ? gate.Groups(store).FirstOrDefault(x => x.Id == g) : null;
            var records = ContractRecords(incident, group, TextOf);
            var detail = records[0];
            detail["sources"] = JsonSerializer.SerializeToNode(incident.Documents.Select(d => gate.Heading(store, d) ?? new ArticleHeading(d, null, null, null, null)).ToList(), ApiJson.Options);
            detail["reports"] = JsonSerializer.SerializeToNode(store.ReportsOfIncident(incident.Id).Select(r => ReportView.Of(r, IndexOf)).ToList(), ApiJson.Options);
            detail["group_record"] = records.Count > 1 ? records[1] : null;
            return TypedResults.Json(detail, ApiJson.Options);
        });
    }

    /// <summary>The incident's (and its group's) record exactly as the JSONL export writes it.</summary>
    private static List<JsonObject> ContractRecords(Incident incident, IncidentGroup? group, Func<string, string?> textOf)
    {
        using var text = new StringWriter();
        Exporters.For("jsonl").Write(text, [incident], group is null ? [] : [group], textOf);
        return text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
    }
}
