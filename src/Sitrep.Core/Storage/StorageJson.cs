using System.Text.Json;

namespace Sitrep.Storage;

/// <summary>How stored bodies (reports, incidents, groups) are written as JSON.</summary>
public static class StorageJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = false,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);
    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException("stored JSON is null");
}
