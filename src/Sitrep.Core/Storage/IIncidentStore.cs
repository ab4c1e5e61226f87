using Sitrep.Model;

namespace Sitrep.Storage;

/// <summary>What an article already stored looks like: absent, the same, or a different text under the same id.</summary>
public enum StoredArticle { Absent, Same, Different }

/// <summary>
/// The incident database: articles, their cleaned documents and mentions, per-article reports and waves, and the
/// linked incidents and groups with their evidence. Writes happen inside <see cref="RunInTransaction"/>, so a killed
/// process leaves what was committed and nothing half-written.
/// </summary>
public interface IIncidentStore : IDisposable
{
    /// <summary>Creates or upgrades the schema.</summary>
    void Migrate();

    void RunInTransaction(Action work);

    StoredArticle Find(Article article);
    void SaveArticle(Document document, ArticleReading reading, IReadOnlyList<StoredMention> mentions);

    /// <summary>Reports (with a day) in a country between two days, inclusive: the candidates for linking.</summary>
    IReadOnlyList<IncidentReport> ReportsNear(string country, DateOnly from, DateOnly to);
    string? IncidentOfReport(string reportId);
    IReadOnlyList<IncidentReport> ReportsOfIncident(string incidentId);
    void LinkReports(IEnumerable<string> reportIds, string incidentId);

    IReadOnlyList<WaveReport> WavesOfReports(IEnumerable<string> reportIds);

    /// <summary>The reports of one stored article, in id order.</summary>
    IReadOnlyList<IncidentReport> ReportsOfArticle(string articleId);
    /// <summary>The cleaned text of a stored article (its document), or null.</summary>
    string? DocumentText(string articleId);

    /// <summary>Records lookup keys of an article: <paramref name="kind"/> "lsh" (fingerprint bands) or "name" (names it mentions).</summary>
    void SaveArticleKeys(string articleId, string kind, IEnumerable<string> keys);
    /// <summary>The stored articles having at least one of <paramref name="keys"/> of this kind, with how many they share, by article id.</summary>
    IReadOnlyList<KeyMatch> ArticlesSharingKeys(string kind, IReadOnlyCollection<string> keys);
    void SaveNearDuplicate(NearDuplicate pair);
    /// <summary>The near-duplicate pairs with at least one of the given articles, in (first, second) order.</summary>
    IReadOnlyList<NearDuplicate> NearDuplicatesOf(IReadOnlyCollection<string> articleIds);

    void SaveIncident(Incident incident);
    void DeleteIncident(string incidentId);
    Incident? Incident(string incidentId);
    void SaveGroup(IncidentGroup group);
    void DeleteGroup(string groupId);

    IReadOnlyList<Incident> Incidents();
    IReadOnlyList<IncidentGroup> Groups();
    Article? Article(string id);
    int IncidentCount();
}

/// <summary>An annotation kept for inspection: kind ("place", "number", "date", "actor", ...), span of the cleaned text, value.</summary>
public sealed record StoredMention(string Kind, int Start, int End, string Value);
