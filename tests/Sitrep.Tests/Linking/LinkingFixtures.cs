using Sitrep.Model;

namespace Sitrep.Tests.Linking;

/// <summary>Small hand-made places, reports and texts for the linking tests (no article text from the data sets).</summary>
public static class LinkingFixtures
{
    public static readonly Place Tartus = new(170017, "Tartus", 34.889, 35.887, "SY", "14", "Tartus", PlaceKind.City, 115769);
    public static readonly Place Jableh = new(170592, "Jableh", 35.361, 35.925, "SY", "11", "Latakia", PlaceKind.City, 65915);
    public static readonly Place Homs = new(169577, "Homs", 34.727, 36.723, "SY", "11", "Homs", PlaceKind.City, 775404);
    public static readonly Place Hasakah = new(173079, "Al-Hasakah", 36.502, 40.747, "SY", "03", "Al-Hasakah", PlaceKind.City, 188160);
    public static readonly Place Baniyas = new(173811, "Baniyas", 35.182, 35.940, "SY", "14", "Tartus", PlaceKind.City, 41000);
    public static readonly Place TartusProvince = new(163342, "Tartus Governorate", 34.9, 36.0, "SY", "14", "Tartus", PlaceKind.Admin1, 797000);

    public static IncidentReport Report(string article, int n = 1, Place? place = null, string? date = "2016-05-23", string type = "bombing",
        string? perpetrator = null, string responsibility = "unknown", DateOnly? published = null, bool background = false) => new()
    {
        Id = $"{article}#{n}",
        ArticleId = article,
        Published = published,
        Date = date,
        DatePrecision = date is null ? "unknown" : date.Length switch { 10 => "day", 7 => "month", _ => "year" },
        Place = place ?? Tartus,
        EventType = type,
        Perpetrator = perpetrator,
        Responsibility = perpetrator is null ? "unknown" : responsibility,
        Background = background,
    };

    public static CasualtyFigure Figure(int? value, string document, string? source = null, string qualifier = Qualifiers.Exact,
        DateOnly? published = null, int start = 0) =>
        new(value, qualifier, source, new Evidence("killed", document, start, start + 10, $"{value} killed"), published);

    /// <summary>A made-up news text of about 120 words, different for each seed.</summary>
    public static string Story(int seed, int words = 120)
    {
        var random = new Random(seed);
        string[] vocabulary =
        [
            "the", "police", "said", "bomb", "market", "killed", "wounded", "officials", "on", "in", "a", "after", "explosion",
            "near", "checkpoint", "witnesses", "army", "town", "residents", "car", "at", "least", "people", "hospital", "was",
            "by", "group", "claimed", "attack", "morning", "two", "three", "blast", "security", "forces", "road", "north",
        ];
        return string.Join(' ', Enumerable.Range(0, words).Select(_ => vocabulary[random.Next(vocabulary.Length)])) + ".";
    }
}
