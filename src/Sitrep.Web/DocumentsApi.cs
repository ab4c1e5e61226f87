using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Sitrep.Queries;

namespace Sitrep.Web;

/// <summary><c>GET /api/documents/{id}</c>: an article's text as ingested and every evidence span cited in it, with its sentence.</summary>
public static class DocumentsApi
{
    private const string Prefix = "/api/documents/";

    public static void Map(IEndpointRouteBuilder api) => api.MapGet("/documents/{**id}", One);

    public static IResult One(HttpContext context, StoreGate gate)
    {
        var reader = new QueryReader(context.Request.Query, []);
        if (reader.HasErrors) return ApiProblems.BadParameters(reader.Errors);
        var id = IdOf(context);
        return gate.Read<IResult>(store =>
            store.Article(id) is { } article
                ? TypedResults.Json(DocumentView.Of(article, gate.Incidents(store), gate.Groups(store)), ApiJson.Options)
                : ApiProblems.NotFound("document", id));
    }

    /// <summary>
    /// The id as the client percent-encoded it, decoded once. Article ids are free text: routing would leave an
    /// encoded "/" (%2F) encoded, so the id is read from the request target as sent.
    /// </summary>
    internal static string IdOf(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.ToString();
        var query = target.IndexOf('?');
        if (query >= 0) target = target[..query];
        var at = target.IndexOf(Prefix, StringComparison.OrdinalIgnoreCase);
        var encoded = at >= 0 ? target[(at + Prefix.Length)..] : context.Request.RouteValues["id"] as string ?? "";
        try { return Uri.UnescapeDataString(encoded); }
        catch (UriFormatException) { return encoded; }
    }
}
