using Sitrep.Model;
using Sitrep.Queries;

namespace Sitrep.Web;

/// <summary>One source's figure as the contract writes it: value, qualifier, source, and the span it was read from (code points).</summary>
public sealed record FigureView(int? Value, string Qualifier, string? Source, string Document, int Start, int End, string Quote)
{
    public static FigureView Of(CasualtyFigure f, Func<string, CodePointIndex?> index)
    {
        var e = f.Evidence;
        var at = index(e.Document);
        return new(f.Value, f.Qualifier, f.Source, e.Document, at?.Of(e.Start) ?? e.Start, at?.Of(e.End) ?? e.End, e.Quote);
    }
}

/// <summary>The gazetteer place a report was placed at.</summary>
public sealed record PlaceView(string Name, string Country, string? Admin1, double Latitude, double Longitude, string GeoPrecision)
{
    public static PlaceView? Of(Place? p) => p is null ? null : new(p.Name, p.CountryCode, p.Admin1Name, p.Latitude, p.Longitude, p.GeoPrecision);
}

/// <summary>What one article said about the incident before linking: its own date, place, perpetrator and figures.</summary>
public sealed record ReportView(
    string Id,
    string Document,
    DateOnly? Published,
    string? Date,
    string DatePrecision,
    PlaceView? Place,
    string? Sublocation,
    string EventType,
    bool? Suicide,
    IReadOnlyList<string> Weapons,
    IReadOnlyList<string> Targets,
    string? Perpetrator,
    string Responsibility,
    IReadOnlyList<FigureView> Killed,
    IReadOnlyList<FigureView> Injured,
    string? Wave,
    bool Background)
{
    public static ReportView Of(IncidentReport r, Func<string, CodePointIndex?> index) => new(
        r.Id, r.ArticleId, r.Published, r.Date, r.DatePrecision, PlaceView.Of(r.Place), r.Sublocation, r.EventType, r.Suicide,
        r.Weapons, r.Targets, r.Perpetrator, r.Responsibility,
        r.Killed.Select(f => FigureView.Of(f, index)).ToList(), r.Injured.Select(f => FigureView.Of(f, index)).ToList(),
        r.WaveId, r.Background);
}
