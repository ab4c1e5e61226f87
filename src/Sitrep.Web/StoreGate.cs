using Sitrep.Model;
using Sitrep.Queries;
using Sitrep.Storage;

namespace Sitrep.Web;

/// <summary>
/// The one store the server reads, used by one request at a time (a store is one connection). Every request reads
/// the incidents afresh, so an ingest running beside the server shows on the next request. Article metadata
/// (titles for the text search) is cached: an article id never changes its text.
/// </summary>
public sealed class StoreGate(IIncidentStore store) : IDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, ArticleHeading?> _headings = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="read"/> against the store, alone.</summary>
    public T Read<T>(Func<IIncidentStore, T> read)
    {
        lock (_lock) return read(store);
    }

    /// <summary>Runs <paramref name="work"/> on a query over the incidents as stored now (article titles for its text search), alone.</summary>
    public T Query<T>(Func<IncidentQuery, T> work) => Read(s => work(QueryOver(s)));

    /// <summary>A query over the incidents of <paramref name="s"/> as stored now. Call inside <see cref="Read"/>.</summary>
    public IncidentQuery QueryOver(IIncidentStore s) => new(s.Incidents(), id => Heading(s, id)?.Title);

    /// <summary>The title, outlet, address and day of an article, or null when it is not stored. Call inside <see cref="Read"/>.</summary>
    public ArticleHeading? Heading(IIncidentStore s, string id)
    {
        if (_headings.TryGetValue(id, out var heading)) return heading;
        heading = s.Article(id) is { } a ? new ArticleHeading(a.Id, a.Title, a.Url, a.Outlet, a.Published) : null;
        if (heading is not null) _headings[id] = heading;
        return heading;
    }

    public void Dispose() => store.Dispose();
}

/// <summary>What the page shows of an article before its text: id, title, address, outlet, day of publication.</summary>
public sealed record ArticleHeading(string Id, string? Title, string? Url, string? Outlet, DateOnly? Published);
