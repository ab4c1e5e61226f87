using Sitrep.Model;
using Sitrep.Queries;
using Sitrep.Storage;

namespace Sitrep.Web;

/// <summary>
/// The one store the server reads, used by one request at a time (a store is one connection). The incidents and
/// groups are read afresh when the last reading is more than <see cref="Freshness"/> old, so the requests of one page
/// refresh share a reading and an ingest running beside the server shows within that time. Article metadata (titles
/// for the text search) is kept: an article id never changes its text.
/// </summary>
public sealed class StoreGate(IIncidentStore store) : IDisposable
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(2);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, ArticleHeading?> _headings = new(StringComparer.Ordinal);
    private (long At, IReadOnlyList<Incident> Incidents, IReadOnlyList<IncidentGroup> Groups)? _reading;

    /// <summary>Runs <paramref name="read"/> against the store, alone.</summary>
    public T Read<T>(Func<IIncidentStore, T> read)
    {
        lock (_lock) return read(store);
    }

    /// <summary>Runs <paramref name="work"/> on a query over the incidents as stored now (article titles for its text search), alone.</summary>
    public T Query<T>(Func<IncidentQuery, T> work) => Read(s => work(QueryOver(s)));

    /// <summary>A query over the incidents of <paramref name="s"/>. Call inside <see cref="Read"/>.</summary>
    public IncidentQuery QueryOver(IIncidentStore s) => new(Incidents(s), id => Heading(s, id)?.Title);

    /// <summary>The stored incidents, as read at most <see cref="Freshness"/> ago. Call inside <see cref="Read"/>.</summary>
    public IReadOnlyList<Incident> Incidents(IIncidentStore s) => Reading(s).Incidents;

    /// <summary>The stored groups, as read at most <see cref="Freshness"/> ago. Call inside <see cref="Read"/>.</summary>
    public IReadOnlyList<IncidentGroup> Groups(IIncidentStore s) => Reading(s).Groups;

    /// <summary>The title, outlet, address and day of an article, or null when it is not stored. Call inside <see cref="Read"/>.</summary>
    public ArticleHeading? Heading(IIncidentStore s, string id)
    {
        if (_headings.TryGetValue(id, out var heading)) return heading;
        heading = s.Article(id) is { } a ? new ArticleHeading(a.Id, a.Title, a.Url, a.Outlet, a.Published) : null;
        if (heading is not null) _headings[id] = heading;
        return heading;
    }

    private (long At, IReadOnlyList<Incident> Incidents, IReadOnlyList<IncidentGroup> Groups) Reading(IIncidentStore s)
    {
        var now = Environment.TickCount64;
        if (_reading is { } r && now - r.At < (long)Freshness.TotalMilliseconds) return r;
        _reading = (now, s.Incidents(), s.Groups());
        return _reading.Value;
    }

    public void Dispose() => store.Dispose();
}

/// <summary>What the page shows of an article before its text: id, title, address, outlet, day of publication.</summary>
public sealed record ArticleHeading(string Id, string? Title, string? Url, string? Outlet, DateOnly? Published);
