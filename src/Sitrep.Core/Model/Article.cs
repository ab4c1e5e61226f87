namespace Sitrep.Model;

/// <summary>
/// One news article as read from a source, before any cleaning. <see cref="Text"/> is the text as ingested
/// (for HTML, the text extracted from the page); evidence offsets point into it.
/// </summary>
public sealed record Article(
    string Id,
    string Text,
    string? Title = null,
    string? Url = null,
    string? Outlet = null,
    DateOnly? Published = null,
    string? Origin = null)
{
    /// <summary>A hash of everything that defines the article, to tell a re-ingest from a changed article.</summary>
    public string ContentHash => Hashing.Short($"{Id}\u0001{Title}\u0001{Url}\u0001{Outlet}\u0001{Published:yyyy-MM-dd}\u0001{Text}");
}
