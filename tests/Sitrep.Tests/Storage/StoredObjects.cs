using Sitrep.Application;
using Sitrep.Model;
using Sitrep.Storage;

namespace Sitrep.Tests.Storage;

/// <summary>Small made-up articles, reports, waves and incidents for the store tests (no news text).</summary>
public static class StoredObjects
{
    public static Article Article(string id, string text = "Made-up text for a store test: ünïcødé, quotes \" and ' and a tab\t.") =>
        new(id, text, Title: "Title of " + id, Url: $"https://example.org/{id}", Outlet: "Example", Published: new DateOnly(2024, 3, 5), Origin: "input.jsonl:7");

    public static Place Place(string country, int geonameId = 1) =>
        new(geonameId, "Town " + geonameId, 10.5 + geonameId / 1000.0, 20.25, country, "01", "Province", PlaceKind.City, 12345);

    /// <summary>A report of an article; <paramref name="day"/> "yyyy-MM-dd" (precision day) or null for none.</summary>
    public static IncidentReport Report(string id, string articleId, string? country, string? day, string? waveId = null) => new()
    {
        Id = id,
        ArticleId = articleId,
        Date = day,
        DatePrecision = day is null ? "unknown" : "day",
        Place = country is null ? null : Place(country),
        EventType = "bombing",
        Weapons = ["explosives"],
        Killed = [new CasualtyFigure(3, Qualifiers.AtLeast, "police", new Evidence("killed", articleId, 0, 4, "Made"))],
        WaveId = waveId,
        Evidence = [new Evidence("event_type", articleId, 5, 9, "up t")],
    };

    public static WaveReport Wave(string id, string articleId, params string[] members) =>
        new() { Id = id, ArticleId = articleId, MemberReportIds = members };

    /// <summary>The article with its (identity-mapped) document, what was read from it, and a few mentions.</summary>
    public static AnalyzedArticle Analyzed(Article article, IReadOnlyList<IncidentReport> reports, IReadOnlyList<WaveReport>? waves = null) =>
        new(new Document(article, article.Text, OffsetMap.Identity(article.Text.Length)),
            new ArticleReading(article.Id, reports, waves ?? []),
            [new StoredMention("place", 0, 4, "1:Town 1"), new StoredMention("number", 5, 7, "3:at_least")]);

    public static void Save(IIncidentStore store, AnalyzedArticle a) => store.SaveArticle(a.Document, a.Reading, a.Mentions);

    public static Incident Incident(string id, string? day, string? group = null) => new()
    {
        Id = id,
        Date = day,
        DatePrecision = day is null ? "unknown" : "day",
        Country = "SY",
        Location = "Town 1",
        Latitude = 10.123456789012,
        Longitude = -20.987654321098,
        EventType = "bombing",
        Killed = new CasualtyEstimate(3, 3, 5, []),
        Documents = ["a1"],
        Group = group,
        Summary = "A made-up incident.",
        Evidence = [new Evidence("killed", "a1", 0, 4, "Made"), new Evidence("place", "a1", 10, 14, "ünïc")],
        ReportIds = ["a1#1"],
    };

    /// <summary>A value as the store writes it, to compare records whose lists compare by reference.</summary>
    public static string Json<T>(T value) => StorageJson.Write(value);
}
