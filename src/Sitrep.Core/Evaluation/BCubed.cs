namespace Sitrep.Evaluation;

/// <summary>
/// B-cubed precision, recall and F1 of a clustering of documents against a gold clustering (Bagga and Baldwin 1998),
/// in the extended form for overlapping clusters (Amigó, Gonzalo, Artiles and Verdejo 2009), because a document can
/// report several incidents. For documents d and e, let C(d, e) be the number of system clusters holding both and
/// G(d, e) the number of gold clusters holding both. Then precision(d) is the mean over the e with C(d, e) &gt; 0 of
/// min(C, G) / C, recall(d) the mean over the e with G(d, e) &gt; 0 of min(C, G) / G (e = d included), and the scores are
/// the means over all documents. A document that is in no system cluster counts as a cluster of its own.
/// </summary>
public static class BCubed
{
    /// <param name="gold">Each document's gold clusters (usually one).</param>
    /// <param name="system">Each document's system clusters; a document missing or with none is a singleton.</param>
    public static BCubedScore Score(IReadOnlyDictionary<string, IReadOnlyCollection<string>> gold, IReadOnlyDictionary<string, IReadOnlyCollection<string>> system)
    {
        var documents = gold.Keys.Order(StringComparer.Ordinal).ToList();
        if (documents.Count == 0) return new BCubedScore(0, 0, 0, 0);
        IReadOnlyCollection<string> SystemOf(string d) =>
            system.TryGetValue(d, out var s) && s.Count > 0 ? s : ["\u0000singleton:" + d];
        var sys = documents.ToDictionary(d => d, d => new HashSet<string>(SystemOf(d), StringComparer.Ordinal), StringComparer.Ordinal);
        var gol = documents.ToDictionary(d => d, d => new HashSet<string>(gold[d], StringComparer.Ordinal), StringComparer.Ordinal);
        // documents by cluster, so only documents that share a cluster are compared
        var bySystem = Index(sys);
        var byGold = Index(gol);

        double Term(string d, string e, bool ofPrecision)
        {
            var c = Overlap(sys, d, e);
            var g = Overlap(gol, d, e);
            return Math.Min(c, g) / (double)(ofPrecision ? c : g);
        }
        double precision = 0, recall = 0;
        foreach (var d in documents)
        {
            precision += sys[d].SelectMany(c => bySystem[c]).Distinct(StringComparer.Ordinal).Average(e => Term(d, e, true));
            recall += gol[d].SelectMany(c => byGold[c]).Distinct(StringComparer.Ordinal).Average(e => Term(d, e, false));
        }
        precision /= documents.Count;
        recall /= documents.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new BCubedScore(precision, recall, f1, documents.Count);
    }

    private static int Overlap(Dictionary<string, HashSet<string>> clusters, string d, string e) => clusters[d].Count(clusters[e].Contains);

    private static Dictionary<string, List<string>> Index(Dictionary<string, HashSet<string>> clusters)
    {
        var index = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (d, cs) in clusters)
            foreach (var c in cs)
            {
                if (!index.TryGetValue(c, out var list)) index[c] = list = [];
                list.Add(d);
            }
        return index;
    }
}
