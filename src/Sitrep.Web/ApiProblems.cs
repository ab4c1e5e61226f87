using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Sitrep.Web;

/// <summary>The API's error answers, as RFC 9457 problem details.</summary>
public static class ApiProblems
{
    /// <summary>400: the parameters named in <paramref name="errors"/> are wrong; the detail names them too.</summary>
    public static ValidationProblem BadParameters(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(
            errors,
            detail: string.Join(" ", errors.SelectMany(e => e.Value)),
            title: errors.Count == 1 ? $"Bad parameter '{errors.Keys.First()}'" : $"Bad parameters: {string.Join(", ", errors.Keys.Select(k => $"'{k}'"))}");

    /// <summary>404: no <paramref name="what"/> has this id.</summary>
    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem(detail: $"There is no {what} with the id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: $"Unknown {what}");
}
