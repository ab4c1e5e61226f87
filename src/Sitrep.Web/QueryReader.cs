using System.Globalization;
using Microsoft.AspNetCore.Http;
using Sitrep.Model;
using Sitrep.Queries;

namespace Sitrep.Web;

/// <summary>
/// Reads and checks the query string of an API request: names it does not know, values given twice and values of
/// the wrong form are collected as errors naming the parameter (a 400). An empty value is the same as no value, as
/// a form sends it.
/// </summary>
public sealed class QueryReader
{
    /// <summary>The parameters of an incident filter.</summary>
    public static readonly string[] FilterNames = ["from", "to", "country", "admin1", "perpetrator", "event_type", "min_killed", "q"];

    private readonly IQueryCollection _query;
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public QueryReader(IQueryCollection query, IEnumerable<string> known)
    {
        _query = query;
        var allowed = known.ToHashSet(StringComparer.Ordinal);
        foreach (var (name, values) in query)
        {
            if (!allowed.Contains(name)) Error(name, $"'{name}' is not a parameter here; the parameters are {string.Join(", ", allowed.Order(StringComparer.Ordinal))}.");
            else if (values.Count > 1) Error(name, $"'{name}' is given {values.Count} times; give it once.");
        }
    }

    /// <summary>Parameter name to messages; empty when the query is good.</summary>
    public IReadOnlyDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public bool HasErrors => _errors.Count > 0;

    /// <summary>The value of a parameter, trimmed, or null when it is absent or empty.</summary>
    public string? Text(string name, int maxLength = 200)
    {
        if (!_query.TryGetValue(name, out var values) || values.Count != 1) return null;
        var value = values[0]?.Trim();
        if (string.IsNullOrEmpty(value)) return null;
        if (value.Length > maxLength)
        {
            Error(name, $"'{name}' is {value.Length} characters long; at most {maxLength} are read.");
            return null;
        }
        return value;
    }

    public int Integer(string name, int defaultValue, int min, int max)
    {
        if (Text(name) is not { } text) return defaultValue;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Error(name, max == int.MaxValue
                ? $"'{name}' must be a whole number of at least {min}, not '{text}'."
                : $"'{name}' must be a whole number from {min} to {max}, not '{text}'.");
            return defaultValue;
        }
        return value;
    }

    public DateOnly? Day(string name)
    {
        if (Text(name) is not { } text) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        Error(name, $"'{name}' must be a day as YYYY-MM-DD, not '{text}'.");
        return null;
    }

    /// <summary>One of <paramref name="allowed"/> (any case), returned as listed; null when absent.</summary>
    public string? OneOf(string name, IReadOnlyList<string> allowed)
    {
        if (Text(name) is not { } text) return null;
        foreach (var a in allowed) if (string.Equals(a, text, StringComparison.OrdinalIgnoreCase)) return a;
        Error(name, $"'{name}' must be one of {string.Join(", ", allowed)}, not '{text}'.");
        return null;
    }

    /// <summary>The incident filter of <see cref="FilterNames"/>.</summary>
    public IncidentFilter Filter()
    {
        var from = Day("from");
        var to = Day("to");
        if (from is { } f && to is { } t && t < f) Error("to", $"'to' ({t:yyyy-MM-dd}) is before 'from' ({f:yyyy-MM-dd}).");
        var country = Text("country");
        if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetter)))
        {
            Error("country", $"'country' must be an ISO 3166-1 alpha-2 code such as SY, not '{country}'.");
            country = null;
        }
        return new IncidentFilter
        {
            From = from,
            To = to,
            Country = country?.ToUpperInvariant(),
            Admin1 = Text("admin1"),
            Perpetrator = Text("perpetrator"),
            EventType = OneOf("event_type", EventTypes.ByPriority),
            MinKilled = Text("min_killed") is null ? null : Integer("min_killed", 0, 0, int.MaxValue),
            Text = Text("q"),
        };
    }

    /// <summary>Records that parameter <paramref name="name"/> is wrong.</summary>
    public void Error(string name, string message)
    {
        if (!_errors.TryGetValue(name, out var list)) _errors[name] = list = [];
        if (!list.Contains(message)) list.Add(message);
    }
}
