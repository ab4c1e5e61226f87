using Sitrep.Model;
using Sitrep.Storage;

namespace Sitrep.Duplicates;

/// <summary>
/// Finds the stored articles an article is a near-duplicate of (a wire copy, a syndicated reprint, the same story
/// under another id or outlet) and records the pairs. Candidates come from the LSH band index in the store
/// (<see cref="LshBands"/>), never from a scan; each candidate is confirmed by the exact Jaccard similarity of the
/// two cleaned texts' word shingles (<see cref="MinSimilarity"/>). Copies are looked for among the articles published
/// in the same period of <see cref="PeriodDays"/> days or a neighbouring one (at least 16 days apart, at most 47; articles
/// without a publication day among themselves): wire copies and reprints follow their original within days, and
/// keys that begin with the period are added at one end of the index, which keeps storing them cheap as the database
/// grows. Being a near-duplicate is a property of the pair alone, so the pairs found do not depend on the order
/// articles arrive in.
/// </summary>
public sealed class NearDuplicateDetector
{
    /// <summary>The kind of the stored index keys.</summary>
    public const string KeyKind = "lsh";

    /// <summary>Jaccard similarity of the shingle sets from which two texts are one story.</summary>
    public const double MinSimilarity = 0.5;

    /// <summary>Texts with fewer shingles (about 24 words) are too short to call copies of anything.</summary>
    public const int MinShingles = 20;

    /// <summary>The length of the publication periods that lead the index keys.</summary>
    public const int PeriodDays = 16;

    private readonly IIncidentStore _store;

    public NearDuplicateDetector(IIncidentStore store) => _store = store;

    /// <summary>Indexes a newly stored article and returns (and records) its near-duplicate pairs with the articles stored before it.</summary>
    public IReadOnlyList<NearDuplicate> Register(Document document)
    {
        var shingles = WordShingles.Of(document.Text);
        if (shingles.Count < MinShingles) return Array.Empty<NearDuplicate>();
        var bands = LshBands.Keys(MinHash.Of(shingles));
        var period = Period(document.Article.Published);
        int?[] periods = period is { } p ? [p - 1, p, p + 1] : [null];
        var lookup = periods.SelectMany(q => bands.Select(b => Key(q, b))).ToList();
        var found = new List<NearDuplicate>();
        foreach (var match in _store.ArticlesSharingKeys(KeyKind, lookup))
        {
            if (match.ArticleId == document.Id || _store.DocumentText(match.ArticleId) is not { } text) continue;
            var similarity = Math.Round(WordShingles.Jaccard(shingles, WordShingles.Of(text)), 4);
            if (similarity < MinSimilarity) continue;
            var pair = NearDuplicate.Of(document.Id, match.ArticleId, similarity);
            _store.SaveNearDuplicate(pair);
            found.Add(pair);
        }
        _store.SaveArticleKeys(document.Id, KeyKind, bands.Select(b => Key(period, b)));
        return found;
    }

    private static int? Period(DateOnly? published) => published is { } day ? day.DayNumber / PeriodDays : null;

    /// <summary>"45890|07:3fa9...": the period, then the band; "undated|07:3fa9..." without a publication day.</summary>
    private static string Key(int? period, string band) => $"{period?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "undated"}|{band}";
}
