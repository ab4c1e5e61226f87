using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Sitrep.Web;

/// <summary><c>GET /api/stats</c>: incidents, killed and injured in total, per day, per country and per perpetrator, under the list's filters.</summary>
public static class StatsApi
{
    public static void Map(IEndpointRouteBuilder api) => api.MapGet("/stats", Stats);

    public static IResult Stats(HttpRequest request, StoreGate gate)
    {
        var reader = new QueryReader(request.Query, QueryReader.FilterNames);
        var filter = reader.Filter();
        if (reader.HasErrors) return ApiProblems.BadParameters(reader.Errors);
        return TypedResults.Json(gate.Query(q => q.Statistics(filter)), ApiJson.Options);
    }
}
