using System.Text.Json;
using Sitrep.Application;
using Sitrep.Model;
using Sitrep.Storage;

namespace Sitrep.Evaluation;

/// <summary>
/// Linking measured on ECB+ (Cybulska and Vossen 2014): each of its topics holds articles about two similar real events
/// (subtopic <c>ecb</c> and <c>ecbplus</c>). For the topics about shootings and bombings (<see cref="Topics"/>) the
/// articles are ingested one by one into a fresh database; each document's gold cluster is its topic and subtopic, its
/// system clusters are the incidents whose <c>documents</c> list it. The B-cubed F1 (<see cref="BCubed"/>) is given
/// over every selected document (a document in no incident counting as a cluster of its own: extraction and linking
/// together) and over the documents in at least one incident (linking alone).
/// </summary>
public static class BCubedEcbPlus
{
    /// <summary>
    /// The topics whose two events are both a shooting or a bombing: 8 (Woodburn bank bombing / Athens bank
    /// fire-bombing), 16 (two Los Angeles County deputies shot), 18 (Vancouver and Detroit-area office shootings),
    /// 22 (Staunton ice cream shop killings / Kraft plant shooting), 33 (Albany and Brooklyn stray-bullet killings),
    /// 41 (Gaza UN school shelling / Yida refugee camp bombing).
    /// </summary>
    public static readonly IReadOnlyList<int> Topics = [8, 16, 18, 22, 33, 41];

    public static IReadOnlyList<BCubedEcbPlusArticle> Read(string articlesJsonl, IReadOnlyCollection<int> topics)
    {
        var articles = new List<BCubedEcbPlusArticle>();
        foreach (var line in File.ReadLines(articlesJsonl))
        {
            if (line.Trim().Length == 0) continue;
            var e = JsonDocument.Parse(line).RootElement;
            var topic = e.GetProperty("topic").GetInt32();
            if (!topics.Contains(topic)) continue;
            articles.Add(new BCubedEcbPlusArticle(e.GetProperty("id").GetString()!, topic, e.GetProperty("subtopic").GetString()!, e.GetProperty("text").GetString()!));
        }
        return articles;
    }

    /// <summary>Ingests the articles (in the order given) into <paramref name="store"/> and scores its incidents.</summary>
    public static BCubedEcbPlusResult Evaluate(IIncidentStore store, IReadOnlyList<BCubedEcbPlusArticle> articles)
    {
        var service = IngestService.Create(store);
        service.Ingest(articles.Select(a => new Article(a.Id, a.Text)), error => throw new InvalidDataException(error.ToString()));
        return Score(articles, store.Incidents());
    }

    public static BCubedEcbPlusResult Score(IReadOnlyList<BCubedEcbPlusArticle> articles, IReadOnlyList<Incident> incidents)
    {
        var gold = articles.ToDictionary(a => a.Id, a => (IReadOnlyCollection<string>)[a.Event], StringComparer.Ordinal);
        var system = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var incident in incidents)
            foreach (var d in incident.Documents.Where(gold.ContainsKey))
            {
                if (!system.TryGetValue(d, out var list)) system[d] = list = [];
                list.Add(incident.Id);
            }
        var clusters = system.ToDictionary(p => p.Key, p => (IReadOnlyCollection<string>)p.Value, StringComparer.Ordinal);
        var all = BCubed.Score(gold, clusters);
        var linked = BCubed.Score(gold.Where(g => system.ContainsKey(g.Key)).ToDictionary(g => g.Key, g => g.Value, StringComparer.Ordinal), clusters);
        return new BCubedEcbPlusResult(all, linked, clusters);
    }
}
