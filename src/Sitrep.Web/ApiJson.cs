using System.Text.Json;

namespace Sitrep.Web;

/// <summary>How the API writes JSON: snake_case names like the export contract, the web's escaping of &lt; &gt; &amp; and quotes.</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        return options;
    }
}
