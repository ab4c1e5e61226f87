using Sitrep.Model;

namespace Sitrep.Tests.Export;

/// <summary>Small invented incidents for the exporter tests (no text from the shared articles).</summary>
internal static class ExportSamples
{
    public const string DocumentId = "doc-1";

    /// <summary>An emoji (two UTF-16 units, one code point) before every span.</summary>
    public const string DocumentText = "\U0001F4A5 Car bomb in Homs kills 4, say officials. A second 🚨 blast injured 12.";

    public static Evidence Span(string field, string quote)
    {
        var start = DocumentText.IndexOf(quote, StringComparison.Ordinal);
        return new Evidence(field, DocumentId, start, start + quote.Length, quote);
    }

    public static Incident Full() => new()
    {
        Id = "inc-1",
        Date = "2016-09-05",
        DatePrecision = "day",
        Country = "SY",
        Admin1 = "Homs",
        Location = "Homs",
        Sublocation = "al-Zahraa neighbourhood",
        Latitude = 34.7323999999,
        Longitude = 36.71370000004,
        GeoPrecision = "city",
        EventType = "bombing",
        Suicide = false,
        Weapons = ["vehicle_bomb", "explosive"],
        Targets = ["military"],
        Perpetrator = "Islamic State",
        Responsibility = "claimed",
        Killed = new CasualtyEstimate(4, 4, 4,
            [new CasualtyFigure(4, Qualifiers.Exact, "officials", Span("killed", "kills 4"))]),
        Injured = new CasualtyEstimate(12, 12, 12,
            [new CasualtyFigure(12, Qualifiers.Exact, null, Span("injured", "injured 12"))], Disputed: true),
        Documents = [DocumentId],
        Group = "grp-1",
        Summary = "Car bomb in Homs; 4 killed",
        Evidence = [Span("event_type", "Car bomb"), Span("location", "Homs"), Span("injured", "injured 12")],
    };

    public static Incident Bare() => new() { Id = "inc-2" };

    public static IncidentGroup Group() => new()
    {
        Id = "grp-1",
        Members = ["inc-1"],
        Killed = new CasualtyEstimate(null, null, null,
            [new CasualtyFigure(null, Qualifiers.Dozens, "state media", Span("killed", "blast"))]),
        Documents = [DocumentId],
        Summary = "A wave",
        Evidence = [Span("members", "A second")],
    };

    public static string? Text(string id) => id == DocumentId ? DocumentText : null;
}
