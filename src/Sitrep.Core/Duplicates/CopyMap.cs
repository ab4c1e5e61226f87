using Sitrep.Storage;

namespace Sitrep.Duplicates;

/// <summary>
/// Which documents of one incident are copies of which: documents joined by near-duplicate pairs form one story;
/// its original is the earliest published (undated last, then the smallest id) and the others are its copies.
/// A pure function of the documents and the pairs, so it does not depend on the order articles arrived in.
/// </summary>
public sealed class CopyMap
{
    private readonly Dictionary<string, string> _originalOf;

    private CopyMap(Dictionary<string, string> originalOf) => _originalOf = originalOf;

    public static CopyMap None { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The copies, each with its original.</summary>
    public IReadOnlyDictionary<string, string> Copies => _originalOf;

    public bool IsCopy(string articleId) => _originalOf.ContainsKey(articleId);

    /// <summary>The original of a copy; any other document is its own original.</summary>
    public string OriginalOf(string articleId) => _originalOf.TryGetValue(articleId, out var original) ? original : articleId;

    /// <param name="published">Each document of the incident with its publication day, if known.</param>
    /// <param name="pairs">Near-duplicate pairs; pairs with a document outside <paramref name="published"/> are ignored.</param>
    public static CopyMap Build(IReadOnlyDictionary<string, DateOnly?> published, IEnumerable<NearDuplicate> pairs)
    {
        var parent = published.Keys.ToDictionary(k => k, k => k, StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        }
        foreach (var p in pairs)
            if (parent.ContainsKey(p.FirstId) && parent.ContainsKey(p.SecondId)) parent[Find(p.FirstId)] = Find(p.SecondId);

        var originalOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in published.Keys.GroupBy(Find))
        {
            var ordered = story.OrderBy(id => published[id] ?? DateOnly.MaxValue).ThenBy(id => id, StringComparer.Ordinal).ToList();
            foreach (var copy in ordered.Skip(1)) originalOf[copy] = ordered[0];
        }
        return originalOf.Count == 0 ? None : new CopyMap(originalOf);
    }
}
